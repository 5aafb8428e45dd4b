"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H0
label: mixed
source: offline search (seed 0), fitted for L14H0
scores: synthesis_iou=0.6350 heldout_iou=0.6098 heldout_js=0.2723 n_heldout=32 heldout_iou_passage=0.5871 heldout_iou_sentence=0.6324
"""


@program(normalize="softmax", fallback="first", head="L14H0", label="mixed")
def L14H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00693, -0.602, -0.0155, -0.417, 0.26, 0.322, 0.129, -0.185, -0.186, 0.321, -0.41, -0.00194, 0.519)
    first_by_class = table(word_class(q), 0.66, 2.24, 0.223, -0.16, 0.251, 0.158, -0.137, 0.0593, 0.557, 0.267, 2.0, 1.62, -0.76)
    self_by_class = table(word_class(q), 0.257, 0.498, -0.41, -0.0153, -0.607, -0.441, -0.317, -0.0156, -0.356, -0.393, 0.148, 0.2, 0.252)
    prev_by_class = table(word_class(q), 0.292, -0.465, 0.133, 0.344, 0.321, -0.0319, -0.0959, -0.0882, -0.321, -0.809, -0.0558, 0.532, 0.871)
    return -0.873 * (k == q) + 5.06 * (k == 0) + -1.45 * (k == sentence_start(q)) + 1.88 * (k >= sentence_start(q)) + -0.00627 * is_word_start(k) + -0.41 * is_digit(k) + 0.368 * (count(k) == 1) + 1.81 * decay(q - k, 3.0) + 1.12 * decay(q - k, 10.0) + -2.34 * ((k == 0) * decay(q, 32.0)) + 1.13 * (k == 0 and is_word_start(q)) + 0.0107 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
