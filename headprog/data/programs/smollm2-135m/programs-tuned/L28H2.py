"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H2
label: first token
source: offline search (seed 0), fitted for L28H2; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L28H2", label="first token")
def L28H2(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    return 2.25 * (k == q) + 138.0 * (k == 0) + 1.05 * (k == last(is_sentence_end, q)) + 4.59 * (k >= sentence_start(q)) + 0.075 * is_sentence_end(k) + 6.35 * is_newline(k) + 1.19 * decay(q - k, 1.0) + 1.38 * decay(q - k, 3.0) + 3.11 * decay(q - k, 10.0) + 0.557 * ((k == 0) * decay(q, 32.0)) + 195.0 * (k == 0 and is_word_start(q)) + 0.584 * table(word_class(k), 0.718, 2.47, 0.396, 0.501, 0.395, 0.326, 0.431, 0.389, 0.232, 0.679, 0.118, 2.2, 0.731) + 1.71 * ((k == 0) * table(word_class(q), 2.84, 2.61, 1.64, 3.2, 1.93, 2.3, 1.31, 1.83, 1.33, 0.33, 3.98, 4.05, 0.334)) + 9.68 * ((k == q) * table(word_class(q), 0.555, 1.4, 0.546, 0.326, 0.487, 0.479, 0.758, 0.455, 0.535, 10.5, 0.3, 0.346, 5.11)) + 0.785 * ((k == q - 1) * table(word_class(q), 0.327, 1.08, 0.39, 0.321, 0.354, 0.655, 0.864, 1.25, 0.605, 4.41, 0.28, 0.295, 4.95)) + 6.35 * (token(k) == 1116)
