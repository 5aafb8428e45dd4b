"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H7
label: first token
source: offline search (seed 0), fitted for L23H7; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L23H7", label="first token")
def L23H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0775 * (k == q - 2) + 917.0 * (k == 0) + 0.0622 * (k == last(is_punct, q) + 1) + 0.3 * (k == last(is_capitalized, q)) + 2.6 * (k >= sentence_start(q)) + 0.282 * decay(q - k, 3.0) + 0.514 * (k == 1) + 0.705 * ((k == 0) * decay(q, 32.0)) + 52.4 * (k == 0 and is_word_start(q)) + 0.14 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0359 * (k == last(is_function_word, q)) + 2.93 * (k == last(is_function_word, q) + 1) + 1.1 * table(word_class(k), 0.893, 2.29, 0.071, 0.143, 0.0752, 0.156, 0.0898, 0.264, 0.111, 0.466, 0.0822, 2.19, 0.199) + 2.3 * ((k == 0) * table(word_class(q), 5.61, 3.05, 1.81, 3.37, 1.8, 1.56, 2.24, 1.27, 2.23, 0.369, 3.19, 3.21, 1.31)) + 8.12 * ((k == q) * table(word_class(q), 2.71, 2.17, 0.345, 0.319, 0.391, 1.01, 0.551, 0.449, 0.566, 5.21, 0.409, 1.63, 2.91)) + 7.29 * ((k == q - 1) * table(word_class(q), 0.302, 0.457, 0.39, 0.334, 1.26, 6.3, 1.25, 0.577, 3.34, 5.18, 0.347, 0.353, 1.46))
