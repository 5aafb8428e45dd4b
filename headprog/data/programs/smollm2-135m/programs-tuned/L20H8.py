"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H8
label: first token
source: offline search (seed 0), fitted for L20H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H8", label="first token")
def L20H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.13 * (k == q - 1) + 6.47 * (k == q - 2) + 519.0 * (k == 0) + 3.8 * (k == last(is_word_start, q)) + 1.38 * (prev_token(k) == token(q)) + 0.0674 * (k >= sentence_start(q)) + 0.0094 * is_sentence_end(k) + 0.0783 * decay(q - k, 3.0) + 0.021 * decay(q - k, 10.0) + 52.4 * ((k == 0) * decay(q, 32.0)) + 1330.0 * (k == 0 and is_word_start(q)) + 24.2 * (k == prev_occurrence(q) + 1) + 0.134 * table(word_class(k), 0.0643, 0.208, 0.0283, 0.0607, 0.0335, 0.0731, 0.0414, 0.182, 0.0629, 0.0473, 0.132, 0.138, 0.0925) + 0.407 * ((k == 0) * table(word_class(q), 9.57, 4.17, 3.66, 2.43, 3.19, 0.282, 2.27, 0.366, 0.753, 3.41, 3.23, 3.42, 0.782)) + 0.157 * ((k == q) * table(word_class(q), 0.225, 0.287, 0.266, 0.352, 0.308, 9.53, 0.472, 5.09, 6.88, 0.299, 0.304, 0.377, 0.475)) + 0.985 * ((k == q - 1) * table(word_class(q), 0.202, 0.227, 0.237, 0.403, 0.301, 1280.0, 0.644, 5.16, 80.5, 0.281, 0.254, 0.276, 0.364))
