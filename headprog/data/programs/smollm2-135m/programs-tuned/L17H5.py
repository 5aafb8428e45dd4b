"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H5
label: first token
source: offline search (seed 0), fitted for L17H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L17H5", label="first token")
def L17H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.05 * (k == q - 1) + 2.95 * (k == q - 2) + 267.0 * (k == 0) + 22.1 * (prev_token(k) == token(q)) + 0.932 * (k >= sentence_start(q)) + 3.23 * decay(q - k, 3.0) + 2.89 * decay(q - k, 10.0) + 1.2 * ((k == 0) * decay(q, 32.0)) + 10.1 * (k == 0 and is_word_start(q)) + 236.0 * (k == prev_occurrence(q) + 1) + 0.251 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 5.78 * (k == 0 and is_function_word(q)) + 4.2 * table(word_class(k), 0.084, 0.0541, 0.0533, 0.115, 0.111, 0.253, 0.0897, 0.291, 0.105, 0.323, 0.0544, 0.104, 0.126) + 0.466 * ((k == 0) * table(word_class(q), 2.95, 3.26, 4.62, 3.25, 3.9, 3.84, 3.16, 2.71, 0.712, 2.28, 4.03, 3.83, 0.307)) + 7.73 * ((k == q) * table(word_class(q), 0.604, 0.393, 0.376, 0.488, 0.552, 1.56, 0.432, 0.55, 0.549, 0.288, 0.325, 0.306, 0.443)) + 9.97 * ((k == q - 1) * table(word_class(q), 2.23, 0.267, 0.264, 0.345, 0.399, 1.36, 0.445, 0.327, 0.405, 0.274, 0.274, 0.264, 0.363))
