"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H2
label: first token
source: offline search (seed 0), fitted for L17H2; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L17H2", label="first token")
def L17H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.088 * (k == q - 1) + 3.63 * (k == q - 2) + 235.0 * (k == 0) + 5.26 * (prev_token(k) == token(q)) + 0.363 * (k >= sentence_start(q)) + 0.661 * decay(q - k, 3.0) + 4.53 * decay(q - k, 10.0) + 2.89 * ((k == 0) * decay(q, 32.0)) + 0.306 * (k == 0 and is_word_start(q)) + 8.96 * (k == prev_occurrence(q) + 1) + 0.0647 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0901 * (k == 0 and is_function_word(q)) + 1.52 * table(word_class(k), 0.33, 1.51, 0.155, 0.292, 0.157, 0.269, 0.221, 0.219, 0.199, 2.18, 0.0703, 0.587, 1.72) + 0.952 * ((k == 0) * table(word_class(q), 1.76, 5.82, 0.282, 0.271, 1.51, 3.15, 0.268, 0.642, 5.4, 0.875, 5.85, 4.07, 0.676)) + 5.58 * ((k == q) * table(word_class(q), 6.45, 0.413, 0.813, 3.3, 0.246, 1.2, 4.68, 0.691, 0.275, 5.71, 1.1, 5.47, 5.38)) + 0.678 * ((k == q - 1) * table(word_class(q), 0.181, 0.248, 5.01, 4.83, 1.58, 4.0, 5.73, 3.51, 0.38, 0.309, 0.284, 0.625, 0.762))
