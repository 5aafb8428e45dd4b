"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H7
label: mixed
source: offline search (seed 0), fitted for L16H7
scores: synthesis_iou=0.5770 heldout_iou=0.5302 heldout_js=0.3342 n_heldout=32 heldout_iou_passage=0.5002 heldout_iou_sentence=0.5601
"""


@program(normalize="softmax", fallback="first", head="L16H7", label="mixed")
def L16H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0129, -1.0, -0.0364, -0.109, 0.461, -0.0292, 0.211, 0.052, -0.351, 0.57, -0.561, -0.268, 1.02)
    first_by_class = table(word_class(q), -0.448, 0.0796, 0.187, 0.434, -0.504, 0.21, 1.47, 0.883, 1.17, 3.72, 0.0402, -0.445, 1.18)
    self_by_class = table(word_class(q), -0.373, 0.0408, -0.447, -0.0066, -1.19, -0.496, 0.381, -0.0282, -0.429, 0.13, -0.268, 0.505, 0.454)
    prev_by_class = table(word_class(q), 0.177, -0.312, 0.301, 0.46, -0.348, -0.256, 0.41, -0.0155, -0.764, -0.978, -0.0495, 0.842, -0.161)
    return -1.55 * (k == q) + -0.235 * (k == q - 1) + 0.185 * (k == q - 2) + 4.92 * (k == 0) + -2.9 * (k == sentence_start(q)) + 2.72 * (k >= sentence_start(q)) + -0.561 * is_digit(k) + 2.59 * decay(q - k, 3.0) + 2.04 * decay(q - k, 10.0) + -1.17 * decay(q - k, 30.0) + 1.23 * (k == 0 and is_word_start(q)) + -0.103 * (rarity(k) / 16.0) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
