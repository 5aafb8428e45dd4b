"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H4
label: first token
source: offline search (seed 0), fitted for L18H4; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L18H4", label="first token")
def L18H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.586 * (k == q - 1) + 0.289 * (k == q - 2) + 0.0508 * (k == q - 3) + 358.0 * (k == 0) + 0.0745 * (k == last(is_word_start, q)) + 2.13 * (k >= sentence_start(q)) + 0.0391 * decay(q - k, 1.0) + 0.11 * decay(q - k, 3.0) + 2.71 * ((k == 0) * decay(q, 32.0)) + 16.6 * (k == 0 and is_word_start(q)) + 25.7 * (k == prev_occurrence(q) + 1) + 0.0248 * (k == last(is_function_word, q)) + 0.941 * table(word_class(k), 0.308, 0.99, 0.258, 0.21, 0.125, 0.158, 0.613, 0.285, 0.309, 3.5, 0.0945, 0.42, 2.27) + 0.654 * ((k == 0) * table(word_class(q), 27.1, 6.29, 1.15, 0.992, 1.22, 0.788, 1.54, 2.66, 2.48, 0.908, 1.27, 4.2, 1.85)) + 6.83 * ((k == q) * table(word_class(q), 0.294, 0.289, 0.366, 2.17, 0.433, 2.15, 0.789, 0.369, 0.477, 10.8, 2.32, 0.432, 5.76)) + 1.26 * ((k == q - 1) * table(word_class(q), 0.142, 0.217, 1.11, 1.87, 1.4, 2.93, 0.508, 0.341, 0.322, 0.291, 0.666, 0.357, 0.392))
