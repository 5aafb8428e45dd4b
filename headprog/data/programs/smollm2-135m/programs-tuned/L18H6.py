"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H6
label: first token
source: offline search (seed 0), fitted for L18H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L18H6", label="first token")
def L18H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.104 * (k == q - 1) + 0.0725 * (k == q - 2) + 0.137 * (k == q - 3) + 696.0 * (k == 0) + 0.181 * (k == last(is_word_start, q)) + 0.00928 * (k >= sentence_start(q)) + 0.0185 * decay(q - k, 1.0) + 0.0239 * decay(q - k, 3.0) + 15.2 * ((k == 0) * decay(q, 32.0)) + 85.7 * (k == 0 and is_word_start(q)) + 93.8 * (k == prev_occurrence(q) + 1) + 0.0202 * (k == last(is_function_word, q)) + 1.12 * table(word_class(k), 0.264, 0.411, 0.081, 0.108, 0.0667, 0.166, 0.125, 0.273, 0.128, 0.099, 0.0944, 0.148, 0.225) + 0.143 * ((k == 0) * table(word_class(q), 19.2, 5.29, 5.14, 3.26, 5.83, 3.67, 3.24, 2.34, 4.69, 4.26, 4.58, 4.5, 0.562)) + 0.127 * ((k == q) * table(word_class(q), 0.318, 0.359, 1.08, 0.483, 0.506, 2.59, 1.05, 0.447, 3.39, 0.352, 0.346, 0.318, 0.36)) + 0.631 * ((k == q - 1) * table(word_class(q), 0.213, 0.283, 0.301, 0.348, 0.303, 0.382, 0.406, 0.382, 0.31, 0.309, 0.297, 0.294, 0.321))
