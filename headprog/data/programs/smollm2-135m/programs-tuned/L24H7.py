"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H7
label: first token
source: offline search (seed 0), fitted for L24H7; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H7", label="first token")
def L24H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.34 * (k == q - 2) + 226.0 * (k == 0) + 0.945 * (k >= sentence_start(q)) + 0.0754 * is_punct(k) + 4.62 * is_sentence_end(k) + 1.24 * decay(q - k, 1.0) + 3.59 * decay(q - k, 3.0) + 1.26 * ((k == 0) * decay(q, 32.0)) + 7.72 * (k == 0 and is_word_start(q)) + 0.0644 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 3.35 * (k == last(is_function_word, q) + 1) + 0.418 * (k == 0 and is_function_word(q)) + 0.214 * table(word_class(k), 0.467, 0.613, 0.263, 0.491, 0.305, 0.578, 0.27, 0.207, 0.273, 2.49, 0.0555, 0.356, 0.548) + 2.47 * ((k == 0) * table(word_class(q), 3.14, 4.77, 1.18, 0.669, 1.96, 0.566, 0.743, 0.458, 0.859, 0.32, 2.44, 4.7, 0.832)) + 0.157 * ((k == q) * table(word_class(q), 1.02, 0.923, 0.388, 2.4, 0.404, 4.07, 1.89, 0.588, 4.59, 4.36, 0.395, 0.386, 5.23)) + 3.68 * ((k == q - 1) * table(word_class(q), 0.243, 0.224, 0.287, 2.3, 0.582, 81.3, 1.13, 2.71, 20.3, 2.83, 0.252, 0.25, 0.605))
