"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H1
label: first token
source: offline search (seed 0), fitted for L28H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L28H1", label="first token")
def L28H1(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    return 0.0658 * (k == q) + 539.0 * (k == 0) + 0.0953 * (k == last(is_sentence_end, q)) + 3.67 * (k >= sentence_start(q)) + 0.121 * is_sentence_end(k) + 2.17 * is_newline(k) + 0.037 * decay(q - k, 1.0) + 0.0326 * decay(q - k, 3.0) + 0.185 * decay(q - k, 10.0) + 0.643 * ((k == 0) * decay(q, 32.0)) + 159.0 * (k == 0 and is_word_start(q)) + 1.93 * table(word_class(k), 1.48, 0.819, 0.403, 0.412, 0.244, 0.19, 0.297, 0.24, 0.124, 0.328, 0.088, 0.879, 0.219) + 0.515 * ((k == 0) * table(word_class(q), 4.28, 3.31, 2.62, 3.05, 2.59, 2.28, 1.71, 1.23, 1.67, 0.364, 3.59, 3.67, 0.358)) + 3.3 * ((k == q) * table(word_class(q), 0.638, 0.769, 0.455, 0.348, 0.494, 0.499, 1.27, 0.379, 0.622, 6.8, 0.314, 0.402, 4.98)) + 0.133 * ((k == q - 1) * table(word_class(q), 0.303, 0.335, 0.347, 0.342, 0.495, 1.46, 1.51, 1.24, 1.55, 6.6, 0.287, 0.344, 4.98)) + 2.17 * (token(k) == 1116)
