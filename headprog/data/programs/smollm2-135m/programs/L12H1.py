"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H1
label: mixed
source: offline search (seed 0), fitted for L12H1
scores: synthesis_iou=0.6421 heldout_iou=0.6026 heldout_js=0.2750 n_heldout=32 heldout_iou_passage=0.5368 heldout_iou_sentence=0.6684
"""


@program(normalize="softmax", fallback="first", head="L12H1", label="mixed")
def L12H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.511, -1.92, -0.024, 0.146, -0.415, 0.242, 0.66, 0.19, -0.387, 1.12, -0.972, -0.5, 2.36)
    first_by_class = table(word_class(q), -0.696, -0.765, -0.402, 0.0162, -0.642, -0.37, 0.124, -0.0756, 0.353, 1.08, 0.305, 0.133, 1.86)
    self_by_class = table(word_class(q), 0.14, 0.457, 0.225, -0.0383, -0.0114, -0.0923, -0.288, 0.0737, -0.155, -0.151, 0.11, 0.238, -1.26)
    prev_by_class = table(word_class(q), 0.0309, 0.0373, 0.217, 0.227, 0.405, -0.128, 0.242, -0.117, -0.162, 0.139, -0.635, 0.672, -0.657)
    return 1.52 * (k == 0) + 0.526 * (k == sentence_start(q)) + 0.954 * (k >= sentence_start(q)) + 0.711 * is_punct(k) + -0.576 * is_word_start(k) + -0.972 * is_digit(k) + 0.106 * (count(k) == 1) + -1.1 * decay(q - k, 3.0) + 0.243 * decay(q - k, 10.0) + 2.69 * decay(q - k, 30.0) + -0.064 * (k == 0 and is_word_start(q)) + -0.0428 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
