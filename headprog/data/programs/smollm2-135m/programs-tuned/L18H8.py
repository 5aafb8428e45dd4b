"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H8
label: first token
source: offline search (seed 0), fitted for L18H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L18H8", label="first token")
def L18H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0974 * (k == q - 1) + 0.125 * (k == q - 2) + 0.244 * (k == q - 3) + 43400.0 * (k == 0) + 0.325 * (k == last(is_word_start, q)) + 0.0017 * (k >= sentence_start(q)) + 0.0205 * decay(q - k, 1.0) + 0.00773 * decay(q - k, 3.0) + 40.8 * ((k == 0) * decay(q, 32.0)) + 111.0 * (k == 0 and is_word_start(q)) + 13.0 * (k == prev_occurrence(q) + 1) + 0.0398 * (k == last(is_function_word, q)) + 0.173 * table(word_class(k), 0.00176, 0.0812, 0.208, 0.235, 0.122, 0.296, 0.245, 0.296, 0.116, 0.305, 0.107, 0.375, 0.253) + 1.26 * ((k == 0) * table(word_class(q), 23.2, 4.61, 5.05, 1.96, 5.38, 2.88, 2.78, 1.17, 4.24, 3.28, 3.45, 3.73, 1.46)) + 0.201 * ((k == q) * table(word_class(q), 0.251, 0.301, 0.3, 0.318, 0.298, 0.314, 0.31, 0.327, 0.31, 0.316, 0.31, 0.307, 0.323)) + 0.547 * ((k == q - 1) * table(word_class(q), 0.259, 0.308, 0.3, 0.318, 0.299, 0.314, 0.311, 0.327, 0.31, 0.315, 0.31, 0.31, 0.324))
