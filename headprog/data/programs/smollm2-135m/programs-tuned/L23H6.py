"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H6
label: first token
source: offline search (seed 0), fitted for L23H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L23H6", label="first token")
def L23H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 8.52 * (k == q - 2) + 331.0 * (k == 0) + 0.374 * (k == last(is_punct, q) + 1) + 0.0119 * (k == last(is_capitalized, q)) + 1.76 * (k >= sentence_start(q)) + 1.53 * decay(q - k, 3.0) + 0.807 * (k == 1) + 5.27 * ((k == 0) * decay(q, 32.0)) + 191.0 * (k == 0 and is_word_start(q)) + 0.00579 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 37.5 * (k == last(is_function_word, q)) + 1.44 * (k == last(is_function_word, q) + 1) + 0.697 * table(word_class(k), 0.0142, 0.0271, 0.0735, 0.0814, 0.0664, 0.382, 0.234, 0.253, 0.215, 1.54, 0.0312, 0.0245, 1.61) + 0.757 * ((k == 0) * table(word_class(q), 1.71, 2.55, 4.48, 2.88, 4.22, 3.7, 3.23, 2.8, 2.56, 0.755, 3.33, 2.84, 1.92)) + 6.07 * ((k == q) * table(word_class(q), 0.4, 0.256, 0.332, 0.443, 0.35, 0.39, 0.538, 0.37, 0.932, 21.1, 0.289, 0.304, 2.54)) + 2.91 * ((k == q - 1) * table(word_class(q), 15.9, 0.244, 0.253, 0.62, 0.242, 0.294, 0.318, 0.557, 0.278, 0.366, 0.317, 0.524, 1.29))
