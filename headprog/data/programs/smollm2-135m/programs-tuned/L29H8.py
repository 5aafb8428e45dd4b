"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H8
label: first token
source: offline search (seed 0), fitted for L29H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L29H8", label="first token")
def L29H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.287 * (k == q) + 0.0375 * (k == q - 1) + 286.0 * (k == 0) + 0.0603 * (k == word_start(q)) + 0.191 * (k >= sentence_start(q)) + 0.142 * decay(q - k, 1.0) + 0.212 * decay(q - k, 3.0) + 0.176 * decay(q - k, 10.0) + 2.08 * ((k == 0) * decay(q, 32.0)) + 18.9 * (k == 0 and is_word_start(q)) + 0.168 * (k == q and is_word_start(q)) + 7.51 * (k == prev_occurrence(q) + 1) + 2.73 * table(word_class(k), 0.605, 0.824, 0.107, 0.191, 0.439, 0.229, 0.396, 0.532, 0.291, 1.95, 0.026, 0.301, 0.425) + 3.08 * ((k == 0) * table(word_class(q), 1.78, 12.7, 2.73, 3.87, 3.13, 1.17, 1.32, 0.307, 0.51, 0.278, 3.28, 7.63, 0.296)) + 0.205 * ((k == q) * table(word_class(q), 0.753, 0.244, 0.612, 0.3, 1.4, 0.856, 1.13, 3.1, 5.13, 9.02, 18.7, 0.23, 4.93)) + 0.227 * ((k == q - 1) * table(word_class(q), 0.402, 0.175, 0.49, 0.402, 0.209, 2.42, 0.762, 5.12, 2.63, 4.06, 25.3, 0.233, 5.58))
