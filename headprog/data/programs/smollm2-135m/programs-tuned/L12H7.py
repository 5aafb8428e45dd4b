"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H7
label: mixed
source: offline search (seed 0), fitted for L12H7
scores: synthesis_iou=0.6606 heldout_iou=0.6184 heldout_js=0.2726 n_heldout=32 heldout_iou_passage=0.5544 heldout_iou_sentence=0.6824
"""


@program(normalize="softmax", fallback="first", head="L12H7", label="mixed")
def L12H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.217, -0.638, -0.106, -0.362, 0.174, 0.29, 0.223, -0.127, -0.492, 0.458, -0.678, -0.026, 0.985)
    first_by_class = table(word_class(q), 0.927, 2.27, 0.412, -0.235, 0.526, -0.244, -0.337, -0.0824, 0.459, -0.449, 2.46, 1.3, -1.2)
    self_by_class = table(word_class(q), -0.697, -0.673, -0.86, -0.482, -0.802, -0.579, -0.839, -0.353, -0.701, -1.31, -0.148, -0.44, 0.26)
    prev_by_class = table(word_class(q), -0.51, -0.641, -0.329, -0.259, 0.245, 0.00489, -0.129, -0.0942, 0.18, -0.941, -0.294, -0.0101, 0.135)
    return 4.28 * (k == 0) + -2.0 * (k == sentence_start(q)) + 1.71 * (k >= sentence_start(q)) + -0.0723 * is_punct(k) + -0.583 * is_word_start(k) + -0.678 * is_digit(k) + 0.309 * (count(k) == 1) + 0.209 * decay(q - k, 3.0) + 1.91 * decay(q - k, 10.0) + 0.174 * decay(q - k, 30.0) + 0.825 * (k == 0 and is_word_start(q)) + 0.146 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
