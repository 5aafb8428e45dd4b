"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H6
label: mixed
source: offline search (seed 0), fitted for L11H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="softmax", fallback="first", head="L11H6", label="mixed")
def L11H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 1.15 * (k == q) + -0.188 * (k == q - 1) + 1.4 * (k >= sentence_start(q)) + 1.07 * is_punct(k) + 1.17 * is_sentence_end(k) + -0.235 * is_word_start(k) + 1.45 * decay(q - k, 1.0) + 1.53 * decay(q - k, 3.0) + 1.44 * decay(q - k, 10.0) + 1.42 * decay(q - k, 30.0) + -0.74 * is_function_word(k) + 1.01 * (k < q and word_class(k) == word_class(q)) + 1.05 * table(word_class(k), -0.647, -0.639, 0.0812, -0.255, -0.0603, -0.229, 0.463, -0.333, -0.417, 0.934, -0.777, -0.671, 2.33) + -1.04 * ((k == 0) * table(word_class(q), -1.29, -0.667, -0.85, -0.347, -0.709, -0.241, -0.637, -0.00584, -0.127, -0.305, -0.359, -0.782, -0.404)) + 0.399 * ((k == q) * table(word_class(q), 0.995, 1.52, -0.478, -0.397, 0.332, 0.489, -0.113, 0.247, 0.167, -2.36, 0.715, 0.867, -1.47)) + 3.11 * ((k == q - 1) * table(word_class(q), 0.218, 0.393, -0.134, -0.384, -0.0334, -0.00801, 0.088, -0.248, -0.515, -0.869, 0.441, 0.112, 0.719))
