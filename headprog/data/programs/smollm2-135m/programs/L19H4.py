"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H4
label: mixed
source: offline search (seed 0), fitted for L19H4
scores: synthesis_iou=0.5882 heldout_iou=0.5466 heldout_js=0.3165 n_heldout=32 heldout_iou_passage=0.4839 heldout_iou_sentence=0.6093
"""


@program(normalize="softmax", fallback="first", head="L19H4", label="mixed")
def L19H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0479, -1.49, 0.146, -0.25, 0.131, 0.129, 0.365, 0.358, -0.695, 0.811, -1.06, -0.256, 1.8)
    first_by_class = table(word_class(q), -0.228, 0.876, 0.0728, -0.106, -0.263, 0.763, 0.216, -0.0862, 1.14, 1.97, 1.03, 0.665, 1.18)
    self_by_class = table(word_class(q), -0.351, -0.0373, -0.848, -0.151, -0.761, -0.277, -0.67, -0.316, -0.693, -0.412, -0.388, 0.104, 0.536)
    prev_by_class = table(word_class(q), 0.0223, -0.43, 0.269, 0.46, -0.0414, -0.00271, -0.0241, -0.0764, -0.53, -0.778, -0.328, 0.684, 0.0187)
    return -0.148 * (k == q - 1) + 0.0363 * (k == q - 2) + 3.85 * (k == 0) + -2.33 * (k == sentence_start(q)) + 2.0 * (k >= sentence_start(q)) + -0.959 * is_word_start(k) + -1.06 * is_digit(k) + -1.15 * decay(q - k, 1.0) + 1.43 * decay(q - k, 3.0) + 2.15 * decay(q - k, 10.0) + 0.15 * decay(q - k, 30.0) + 0.443 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
