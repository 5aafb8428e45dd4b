"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H0
label: first token
source: offline search (seed 0), fitted for L28H0; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L28H0", label="first token")
def L28H0(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    return 0.0387 * (k == q) + 556.0 * (k == 0) + 0.166 * (k == last(is_sentence_end, q)) + 0.245 * (k >= sentence_start(q)) + 0.134 * is_sentence_end(k) + 0.12 * is_newline(k) + 0.025 * decay(q - k, 1.0) + 0.0264 * decay(q - k, 3.0) + 0.0572 * decay(q - k, 10.0) + 12.0 * ((k == 0) * decay(q, 32.0)) + 215.0 * (k == 0 and is_word_start(q)) + 1.5 * table(word_class(k), 0.65, 2.02, 0.359, 0.726, 0.373, 0.286, 0.555, 0.403, 0.192, 1.03, 0.104, 2.17, 0.594) + 1.45 * ((k == 0) * table(word_class(q), 2.56, 3.52, 2.28, 2.78, 2.81, 1.96, 1.36, 1.88, 1.47, 0.331, 3.83, 4.08, 0.306)) + 0.135 * ((k == q) * table(word_class(q), 0.535, 0.747, 0.379, 0.356, 0.4, 0.557, 1.08, 0.544, 0.479, 13.2, 0.306, 0.353, 4.94)) + 0.135 * ((k == q - 1) * table(word_class(q), 0.38, 0.446, 0.339, 0.36, 0.315, 0.834, 0.974, 0.842, 0.66, 4.75, 0.267, 0.286, 4.83)) + 0.12 * (token(k) == 1116)
