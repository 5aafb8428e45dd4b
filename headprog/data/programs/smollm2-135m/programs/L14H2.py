"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H2
label: mixed
source: offline search (seed 0), fitted for L14H2
scores: synthesis_iou=0.7059 heldout_iou=0.6735 heldout_js=0.2407 n_heldout=32 heldout_iou_passage=0.6367 heldout_iou_sentence=0.7103
"""


@program(normalize="softmax", fallback="first", head="L14H2", label="mixed")
def L14H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.3, 0.388, -0.225, -0.225, 0.0402, 0.135, 0.145, -0.644, -0.178, 0.255, -0.388, 0.0339, 0.175)
    first_by_class = table(word_class(q), 1.32, 2.78, 0.474, -0.0719, 0.938, -0.0317, -0.648, -1.14, 0.575, -1.84, 2.56, 1.68, -2.16)
    self_by_class = table(word_class(q), 0.499, 0.335, -0.214, -0.253, -0.112, 0.0246, -0.509, -0.23, 0.104, -1.33, 0.318, 0.489, 0.366)
    prev_by_class = table(word_class(q), -0.128, -0.319, 0.156, -0.255, 0.39, 0.984, 0.928, -0.0652, 1.36, -0.253, 0.0524, 0.0374, 1.1)
    return -0.511 * (k == q) + 4.92 * (k == 0) + -0.738 * (k == sentence_start(q)) + 1.04 * (k >= sentence_start(q)) + -0.231 * is_word_start(k) + -0.388 * is_digit(k) + 0.403 * (count(k) == 1) + 1.42 * decay(q - k, 3.0) + 1.25 * decay(q - k, 10.0) + -1.92 * ((k == 0) * decay(q, 32.0)) + 1.11 * (k == 0 and is_word_start(q)) + -0.108 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
