"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H6
label: mixed
source: offline search (seed 0), fitted for L16H6
scores: synthesis_iou=0.5594 heldout_iou=0.5077 heldout_js=0.3480 n_heldout=32 heldout_iou_passage=0.4395 heldout_iou_sentence=0.5759
"""


@program(normalize="softmax", fallback="first", head="L16H6", label="mixed")
def L16H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.493, -0.948, -0.0535, -0.385, -0.452, -0.299, 0.195, -0.673, 0.13, 2.04, -0.713, -0.595, 2.05)
    first_by_class = table(word_class(q), -1.11, -0.311, -0.0414, -0.706, -0.761, -0.796, 0.498, 0.36, 0.0885, 2.61, 0.163, -0.599, 2.67)
    self_by_class = table(word_class(q), -0.0924, 0.183, -0.452, -0.00897, -0.378, 0.284, -0.371, -0.0258, -0.259, 0.45, 0.462, 0.462, -0.735)
    prev_by_class = table(word_class(q), 0.0828, 0.257, 0.0792, 0.403, 0.169, -0.011, 0.162, -0.18, -0.314, -0.0663, -0.623, 0.522, -0.65)
    return -0.318 * (k == q) + -0.208 * (k == q - 1) + 0.0258 * (k == q - 2) + 2.76 * (k == 0) + -0.404 * (k == sentence_start(q)) + 1.24 * (k >= sentence_start(q)) + -0.713 * is_digit(k) + -0.294 * decay(q - k, 3.0) + 0.403 * decay(q - k, 10.0) + 1.76 * decay(q - k, 30.0) + 0.0352 * (k == 0 and is_word_start(q)) + 0.774 * (rarity(k) / 16.0) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
