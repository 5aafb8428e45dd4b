"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H0
label: first token
source: offline search (seed 0), fitted for L18H0
scores: synthesis_iou=0.6279 heldout_iou=0.5864 heldout_js=0.2972 n_heldout=32 heldout_iou_passage=0.5319 heldout_iou_sentence=0.6409
"""


@program(normalize="weights", fallback="first", head="L18H0", label="first token")
def L18H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0281, 0.0599, 0.0536, 0.0584, 0.0312, 0.0317, 0.0796, 0.145, 0.048, 0.928, 0.0196, 0.0594, 1.14)
    first_by_class = table(word_class(q), 1.3, 48.6, 0.294, 0.285, 0.511, 0.301, 0.305, 2.94, 17.8, 9.48, 23.9, 6.09, 5.44)
    self_by_class = table(word_class(q), 0.165, 0.181, 0.232, 1.51, 0.194, 7.06, 2.1, 0.283, 2.0, 9.87, 0.2, 1.51, 5.5)
    prev_by_class = table(word_class(q), 2.49, 0.185, 10.7, 8.23, 0.313, 6.16, 3.22, 0.926, 0.285, 0.2, 0.203, 5.11, 0.278)
    return 0.526 * (k == q - 1) + 3.68 * (k == q - 2) + 2.87 * (k == q - 3) + 62.8 * (k == 0) + 0.187 * (k == last(is_word_start, q)) + 1.46 * (k >= sentence_start(q)) + 0.14 * decay(q - k, 1.0) + 6.68 * decay(q - k, 3.0) + 21.5 * ((k == 0) * decay(q, 32.0)) + 3.31 * (k == 0 and is_word_start(q)) + 1.64 * (k == prev_occurrence(q) + 1) + 1.35 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
