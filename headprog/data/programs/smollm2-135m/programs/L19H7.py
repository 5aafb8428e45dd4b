"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H7
label: mixed
source: offline search (seed 0), fitted for L19H7
scores: synthesis_iou=0.5931 heldout_iou=0.5873 heldout_js=0.3001 n_heldout=32 heldout_iou_passage=0.5599 heldout_iou_sentence=0.6148
"""


@program(normalize="softmax", fallback="first", head="L19H7", label="mixed")
def L19H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0588, -0.555, 0.0935, -0.234, 0.152, 0.0213, 0.000303, -0.216, -0.142, 0.0596, -0.419, -0.132, 1.33)
    first_by_class = table(word_class(q), -0.122, 0.455, 0.0953, 0.199, 0.268, 0.745, 1.19, -0.247, 1.71, 3.8, -0.275, 0.184, 1.15)
    self_by_class = table(word_class(q), 0.115, -0.213, 0.4, 0.447, 0.491, -0.0799, 0.635, 0.155, 0.227, 0.197, -0.807, 0.406, 0.375)
    prev_by_class = table(word_class(q), 0.348, -0.362, 1.56, 1.7, 0.657, -0.35, 0.293, 0.471, -0.406, -1.38, -0.515, 0.899, 0.019)
    return 1.36 * (k == q - 1) + 1.67 * (k == q - 2) + 5.55 * (k == 0) + -1.61 * (k == sentence_start(q)) + 1.44 * (k >= sentence_start(q)) + 0.453 * is_word_start(k) + -0.419 * is_digit(k) + 0.617 * decay(q - k, 1.0) + 2.46 * decay(q - k, 3.0) + 1.32 * decay(q - k, 10.0) + -0.959 * decay(q - k, 30.0) + 0.958 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
