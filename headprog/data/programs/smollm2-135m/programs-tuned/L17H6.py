"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H6
label: mixed
source: offline search (seed 0), fitted for L17H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="softmax", fallback="first", head="L17H6", label="mixed")
def L17H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 5.14 * (k == 0) + -1.03 * (k == sentence_start(q)) + -1.77 * (prev_token(k) == token(q)) + 0.638 * (k >= sentence_start(q)) + -1.19 * is_word_start(k) + 0.219 * is_digit(k) + 0.188 * (count(k) == 1) + 1.37 * decay(q - k, 3.0) + 2.08 * decay(q - k, 10.0) + -0.848 * ((k == 0) * decay(q, 32.0)) + 0.753 * (k == 0 and is_word_start(q)) + 0.0968 * (k == prev_occurrence(q) + 1) + 0.256 * table(word_class(k), 0.268, -0.251, 0.0218, 0.0595, -0.144, -0.0257, 0.0142, -0.184, -0.418, 0.499, -0.458, 0.0872, 0.551) + 1.0 * ((k == 0) * table(word_class(q), 0.802, 2.24, -0.0941, -0.268, 0.304, 0.188, -0.652, 0.433, 1.31, 0.23, 2.4, 1.37, -0.179)) + 1.16 * ((k == q) * table(word_class(q), 0.29, 0.144, -0.655, -0.482, -0.0806, 0.179, -0.238, -0.0688, 0.113, 0.0366, 0.194, 0.215, 0.648)) + 1.82 * ((k == q - 1) * table(word_class(q), 0.116, -0.324, 0.379, 0.243, 0.222, 0.692, 0.0832, -0.124, 1.08, -0.483, -0.13, 0.0276, 0.324))
