"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H6
label: first token
source: offline search (seed 0), fitted for L24H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H6", label="first token")
def L24H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0497 * (k == q - 2) + 1530.0 * (k == 0) + 0.0734 * (k >= sentence_start(q)) + 1.22 * is_punct(k) + 8.54 * is_sentence_end(k) + 0.0481 * decay(q - k, 1.0) + 0.0366 * decay(q - k, 3.0) + 22.2 * ((k == 0) * decay(q, 32.0)) + 52.9 * (k == 0 and is_word_start(q)) + 0.0974 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0339 * (k == last(is_function_word, q) + 1) + 0.799 * (k == 0 and is_function_word(q)) + 1.05 * table(word_class(k), 0.958, 0.373, 0.548, 1.8, 0.291, 0.474, 0.24, 0.25, 0.11, 0.885, 0.0891, 0.17, 0.933) + 0.618 * ((k == 0) * table(word_class(q), 3.96, 3.32, 2.09, 2.01, 2.37, 2.39, 1.23, 0.445, 2.41, 0.372, 3.53, 3.52, 0.309)) + 0.204 * ((k == q) * table(word_class(q), 0.624, 0.408, 0.414, 1.49, 0.43, 0.525, 1.42, 0.443, 0.602, 6.52, 0.325, 0.355, 5.57)) + 0.512 * ((k == q - 1) * table(word_class(q), 0.312, 0.298, 0.35, 0.658, 0.534, 0.622, 1.62, 4.81, 0.523, 5.95, 0.298, 0.317, 4.95))
