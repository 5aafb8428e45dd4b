"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H8
label: first token
source: offline search (seed 0), fitted for L21H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L21H8", label="first token")
def L21H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 3.26 * (k == q) + 0.306 * (k == q - 1) + 1.61 * (k == q - 2) + 1610.0 * (k == 0) + 0.513 * (k >= sentence_start(q)) + 1.37 * decay(q - k, 1.0) + 0.707 * decay(q - k, 3.0) + 0.19 * decay(q - k, 10.0) + 2.74 * ((k == 0) * decay(q, 32.0)) + 54.3 * (k == 0 and is_word_start(q)) + 30.3 * (k == prev_occurrence(q) + 1) + 0.34 * (k == last(is_function_word, q)) + 0.231 * table(word_class(k), 0.349, 1.96, 0.105, 0.221, 0.155, 0.186, 0.135, 0.228, 0.179, 1.01, 0.145, 1.44, 0.987) + 4.28 * ((k == 0) * table(word_class(q), 30.5, 6.28, 1.4, 0.946, 2.77, 1.37, 2.12, 1.23, 3.39, 0.465, 2.85, 4.6, 1.89)) + 10.0 * ((k == q) * table(word_class(q), 0.453, 0.27, 1.61, 4.9, 0.813, 0.691, 0.554, 0.76, 0.411, 6.1, 0.718, 0.385, 6.23)) + 0.297 * ((k == q - 1) * table(word_class(q), 0.168, 0.242, 3.0, 2.49, 0.895, 5.88, 0.743, 0.603, 0.563, 0.725, 0.343, 0.294, 0.348))
