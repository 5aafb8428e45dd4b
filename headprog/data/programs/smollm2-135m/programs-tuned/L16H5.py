"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H5
label: mixed
source: offline search (seed 0), fitted for L16H5
scores: synthesis_iou=0.5308 heldout_iou=0.5140 heldout_js=0.3458 n_heldout=32 heldout_iou_passage=0.4673 heldout_iou_sentence=0.5608
"""


@program(normalize="softmax", fallback="first", head="L16H5", label="mixed")
def L16H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.165, 0.429, -0.0572, 0.436, -0.176, -0.266, 0.282, -0.765, -0.441, 0.411, -0.561, -0.0355, 0.652)
    first_by_class = table(word_class(q), 1.29, 2.62, 0.0928, -0.5, -0.586, -0.27, -1.69, -0.479, 0.452, 0.0125, 2.27, 2.23, 0.511)
    self_by_class = table(word_class(q), 0.767, 0.412, -0.934, -0.0157, -0.938, -0.159, -0.601, -0.297, 0.189, -0.738, 0.183, 1.16, 1.37)
    prev_by_class = table(word_class(q), 0.274, -0.167, -0.0235, -0.286, -0.0691, 0.856, 0.766, 0.347, 0.831, -0.949, -0.108, 0.221, 0.262)
    return -0.0149 * (k == q) + 0.764 * (k == q - 1) + 0.668 * (k == q - 2) + 4.71 * (k == 0) + -2.42 * (k == sentence_start(q)) + 2.05 * (k >= sentence_start(q)) + -0.561 * is_digit(k) + 1.93 * decay(q - k, 3.0) + 1.06 * decay(q - k, 10.0) + -0.55 * decay(q - k, 30.0) + 0.64 * (k == 0 and is_word_start(q)) + 0.681 * (rarity(k) / 16.0) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
