"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H4
label: mixed
source: offline search (seed 0), fitted for L11H4
scores: synthesis_iou=0.6130 heldout_iou=0.5718 heldout_js=0.2989 n_heldout=32 heldout_iou_passage=0.5167 heldout_iou_sentence=0.6270
"""


@program(normalize="softmax", fallback="first", head="L11H4", label="mixed")
def L11H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -1.08, -1.27, 0.284, -0.00834, -0.774, 0.279, 0.915, -0.66, 0.00434, 0.919, -1.12, -0.601, 2.56)
    first_by_class = table(word_class(q), -0.538, -1.57, -0.453, -0.279, -0.574, 0.0139, -0.387, -0.0738, -0.0498, -0.292, -0.42, -0.39, -0.371)
    self_by_class = table(word_class(q), 0.388, 0.44, 0.827, 0.96, 1.14, 1.39, 0.318, 0.881, -0.138, -2.85, 1.04, -0.301, -2.39)
    prev_by_class = table(word_class(q), -0.327, 0.866, 0.402, 0.00422, 0.312, 0.264, -0.00668, -0.171, -0.0764, -0.69, 0.258, -0.33, -0.71)
    return 0.804 * (k == q) + 0.288 * (k == q - 1) + 1.42 * (k >= sentence_start(q)) + 0.902 * is_punct(k) + 0.919 * is_sentence_end(k) + -0.1 * is_word_start(k) + 0.982 * decay(q - k, 1.0) + 0.786 * decay(q - k, 3.0) + 0.366 * decay(q - k, 10.0) + -0.878 * decay(q - k, 30.0) + 0.205 * is_function_word(k) + 0.546 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
