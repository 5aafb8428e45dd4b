"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H2
label: first token
source: offline search (seed 0), fitted for L20H2; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H2", label="first token")
def L20H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.783 * (k == q - 1) + 0.0474 * (k == q - 2) + 158.0 * (k == 0) + 0.258 * (k == last(is_word_start, q)) + 9.22 * (prev_token(k) == token(q)) + 3.33 * (k >= sentence_start(q)) + 9.14 * is_sentence_end(k) + 0.219 * decay(q - k, 3.0) + 0.761 * decay(q - k, 10.0) + 2.18 * ((k == 0) * decay(q, 32.0)) + 1.06 * (k == 0 and is_word_start(q)) + 5.76 * (k == prev_occurrence(q) + 1) + 0.629 * table(word_class(k), 1.24, 1.07, 0.912, 1.38, 0.421, 1.2, 1.6, 0.352, 0.599, 2.76, 0.0386, 0.842, 6.56) + 3.85 * ((k == 0) * table(word_class(q), 0.704, 6.88, 0.769, 0.469, 0.371, 2.82, 0.373, 0.847, 2.07, 0.271, 5.97, 6.38, 3.49)) + 0.828 * ((k == q) * table(word_class(q), 0.937, 0.302, 0.294, 0.577, 0.344, 0.316, 1.06, 0.311, 0.486, 7.86, 0.209, 0.28, 1.52)) + 9.66 * ((k == q - 1) * table(word_class(q), 0.262, 0.226, 0.272, 0.316, 1.73, 0.586, 1.22, 0.303, 0.28, 0.297, 0.194, 0.233, 0.298))
