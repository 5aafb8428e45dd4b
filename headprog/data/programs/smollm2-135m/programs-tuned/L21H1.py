"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H1
label: mixed
source: offline search (seed 0), fitted for L21H1
scores: synthesis_iou=0.6341 heldout_iou=0.5963 heldout_js=0.3037 n_heldout=32 heldout_iou_passage=0.5094 heldout_iou_sentence=0.6832
"""


@program(normalize="softmax", fallback="first", head="L21H1", label="mixed")
def L21H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0966, 0.475, -0.0428, 0.201, -0.232, 0.00149, 0.263, -0.0654, -0.353, 0.8, -0.634, -0.351, 0.202)
    first_by_class = table(word_class(q), 1.05, 2.85, -0.81, -0.597, -0.209, -0.671, -0.394, -0.242, 0.556, 0.778, 1.34, 1.68, 1.1)
    self_by_class = table(word_class(q), 0.722, 0.0921, -0.439, -0.374, -0.503, 0.284, 0.393, 0.209, 0.954, 0.377, 0.411, 0.654, 0.241)
    prev_by_class = table(word_class(q), 0.268, -0.279, 0.326, 0.348, 0.0304, 1.93, 0.633, 0.0314, 1.24, -0.336, -0.0722, 0.0938, 0.0919)
    return 4.59 * (k == 0) + -1.02 * (k == sentence_start(q)) + 1.32 * (k >= sentence_start(q)) + -0.367 * is_word_start(k) + -0.634 * is_digit(k) + 0.404 * (count(k) == 1) + 0.827 * decay(q - k, 3.0) + 0.59 * decay(q - k, 10.0) + -0.373 * decay(q - k, 30.0) + 0.49 * (k == 0 and is_word_start(q)) + -0.23 * is_function_word(k) + 0.885 * (rarity(k) / 16.0) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
