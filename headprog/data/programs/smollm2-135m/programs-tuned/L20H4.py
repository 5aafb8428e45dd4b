"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H4
label: first token
source: offline search (seed 0), fitted for L20H4; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H4", label="first token")
def L20H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 1.55 * (k == q - 1) + 1.71 * (k == q - 2) + 356.0 * (k == 0) + 1.24 * (k == last(is_word_start, q)) + 17.1 * (prev_token(k) == token(q)) + 0.424 * (k >= sentence_start(q)) + 0.896 * is_sentence_end(k) + 0.933 * decay(q - k, 3.0) + 0.485 * decay(q - k, 10.0) + 1.07 * ((k == 0) * decay(q, 32.0)) + 11.1 * (k == 0 and is_word_start(q)) + 6.93 * (k == prev_occurrence(q) + 1) + 2.03 * table(word_class(k), 0.178, 0.057, 0.233, 0.383, 0.237, 0.735, 0.629, 0.379, 0.62, 2.98, 0.0703, 0.128, 2.9) + 1.46 * ((k == 0) * table(word_class(q), 4.28, 3.35, 2.41, 1.13, 2.53, 2.02, 0.55, 2.51, 0.87, 0.56, 3.66, 3.07, 2.91)) + 7.34 * ((k == q) * table(word_class(q), 0.335, 0.329, 0.532, 1.49, 0.525, 0.889, 2.56, 0.36, 1.05, 1.49, 0.295, 0.538, 0.431)) + 9.48 * ((k == q - 1) * table(word_class(q), 0.377, 0.324, 0.408, 0.589, 0.374, 0.412, 0.515, 0.339, 0.345, 0.289, 0.284, 0.359, 0.317))
