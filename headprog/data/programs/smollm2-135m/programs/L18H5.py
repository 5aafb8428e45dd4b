"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H5
label: mixed
source: offline search (seed 0), fitted for L18H5
scores: synthesis_iou=0.5490 heldout_iou=0.5027 heldout_js=0.3563 n_heldout=32 heldout_iou_passage=0.4629 heldout_iou_sentence=0.5425
"""


@program(normalize="softmax", fallback="first", head="L18H5", label="mixed")
def L18H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.476, -1.06, 0.139, -0.0459, 0.66, 0.00143, 0.3, 0.0809, -0.0667, 0.469, -0.53, -0.565, 1.18)
    first_by_class = table(word_class(q), -0.145, 0.425, -0.407, 0.109, -0.491, 0.15, 0.66, 1.01, 0.71, 3.56, -0.671, -0.00222, 1.58)
    self_by_class = table(word_class(q), -1.48, -1.34, -1.27, -0.801, -2.04, -1.12, -1.12, -0.468, -1.59, -0.47, -1.4, -1.02, -0.338)
    prev_by_class = table(word_class(q), 0.291, -0.847, 0.965, 1.5, 0.216, -0.474, 0.518, 0.149, -0.592, -1.07, 0.0145, 0.9, 0.189)
    return 4.73 * (k == 0) + -2.53 * (k == sentence_start(q)) + 2.07 * (k >= sentence_start(q)) + 0.162 * is_word_start(k) + -0.53 * is_digit(k) + 0.113 * (count(k) == 1) + 2.89 * decay(q - k, 3.0) + 2.2 * decay(q - k, 10.0) + -0.922 * decay(q - k, 30.0) + 0.888 * (k == 0 and is_word_start(q)) + 0.116 * (k == prev_occurrence(q) + 1) + 0.286 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
