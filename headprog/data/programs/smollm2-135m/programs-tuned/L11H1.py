"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H1
label: mixed
source: offline search (seed 0), fitted for L11H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="softmax", fallback="first", head="L11H1", label="mixed")
def L11H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return -3.55 * (k == q) + 0.647 * (k == q - 1) + 0.508 * (k >= sentence_start(q)) + 0.672 * is_punct(k) + 0.51 * is_sentence_end(k) + 0.532 * is_word_start(k) + 1.88 * decay(q - k, 1.0) + 4.96 * decay(q - k, 3.0) + 3.26 * decay(q - k, 10.0) + 1.65 * decay(q - k, 30.0) + -0.963 * is_function_word(k) + -0.208 * (k < q and word_class(k) == word_class(q)) + 0.809 * table(word_class(k), -0.219, -0.000598, -0.36, -0.0947, -0.0107, 0.378, -0.145, -0.681, -0.134, 0.437, 0.0218, -0.39, 1.25) + 0.343 * ((k == 0) * table(word_class(q), 0.486, 1.16, -0.463, -0.00197, 0.146, -0.0438, -0.181, -0.0705, -0.186, -0.0753, 0.494, 0.498, 0.222)) + 1.39 * ((k == q) * table(word_class(q), -0.438, -2.56, -0.431, -0.42, -0.178, 0.033, 0.0496, -0.446, 0.606, 0.573, -2.33, -0.187, -0.974)) + 0.476 * ((k == q - 1) * table(word_class(q), 0.35, -2.38, -0.156, -0.137, -0.014, 0.904, 0.276, -0.172, 0.922, -0.0229, -1.84, 0.917, 0.972))
