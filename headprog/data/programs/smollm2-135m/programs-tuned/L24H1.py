"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H1
label: first token
source: offline search (seed 0), fitted for L24H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H1", label="first token")
def L24H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0501 * (k == q - 2) + 889.0 * (k == 0) + 0.0803 * (k >= sentence_start(q)) + 1.3 * is_punct(k) + 4.96 * is_sentence_end(k) + 0.0361 * decay(q - k, 1.0) + 0.463 * decay(q - k, 3.0) + 1.38 * ((k == 0) * decay(q, 32.0)) + 6.58 * (k == 0 and is_word_start(q)) + 0.0787 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.37 * (k == last(is_function_word, q) + 1) + 1.1 * (k == 0 and is_function_word(q)) + 0.679 * table(word_class(k), 0.287, 0.124, 0.187, 0.424, 0.0945, 0.164, 0.284, 0.241, 0.373, 2.01, 0.0708, 0.229, 3.3) + 0.884 * ((k == 0) * table(word_class(q), 4.46, 2.9, 2.49, 1.83, 2.72, 2.99, 2.21, 1.33, 2.73, 0.361, 2.16, 3.38, 0.362)) + 9.4 * ((k == q) * table(word_class(q), 0.25, 0.361, 0.376, 0.509, 0.29, 0.35, 0.711, 0.658, 0.663, 16.2, 0.403, 0.4, 6.19)) + 9.5 * ((k == q - 1) * table(word_class(q), 0.26, 0.305, 0.335, 0.797, 0.337, 0.392, 0.432, 0.83, 0.374, 4.92, 0.368, 0.336, 5.19))
