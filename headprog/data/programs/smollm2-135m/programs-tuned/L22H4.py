"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H4
label: first token
source: offline search (seed 0), fitted for L22H4; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L22H4", label="first token")
def L22H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.382 * (k == q) + 0.919 * (k == q - 1) + 2.12 * (k == q - 2) + 900.0 * (k == 0) + 0.0787 * (k == last(is_word_start, q)) + 1.66 * (k >= sentence_start(q)) + 0.167 * decay(q - k, 1.0) + 1.72 * decay(q - k, 3.0) + 0.169 * decay(q - k, 10.0) + 3.21 * ((k == 0) * decay(q, 32.0)) + 6.23 * (k == 0 and is_word_start(q)) + 34.2 * (k == prev_occurrence(q) + 1) + 0.31 * table(word_class(k), 0.479, 1.96, 0.18, 0.119, 0.148, 0.257, 0.239, 0.218, 0.215, 3.17, 0.0799, 0.833, 0.225) + 2.11 * ((k == 0) * table(word_class(q), 11.0, 6.13, 1.88, 1.81, 2.23, 1.49, 1.64, 0.787, 1.89, 0.292, 5.5, 4.92, 0.64)) + 0.183 * ((k == q) * table(word_class(q), 2.24, 0.485, 1.88, 0.431, 5.18, 3.1, 1.88, 0.97, 2.09, 5.75, 0.398, 2.03, 2.48)) + 6.86 * ((k == q - 1) * table(word_class(q), 0.353, 0.34, 0.928, 0.771, 0.69, 7.91, 2.23, 2.66, 5.38, 2.18, 0.295, 0.387, 4.9))
