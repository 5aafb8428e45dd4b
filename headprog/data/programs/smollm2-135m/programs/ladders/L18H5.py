"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H5
label: explanation ladder
source: ladder of L18H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3029 rung2_heldout_iou=0.3890 rung3_heldout_iou=0.4281 rung5_heldout_iou=0.4413 rung8_heldout_iou=0.4760 full_heldout_iou=0.5027 uniform_heldout_iou=0.2188
"""


@program(normalize="softmax", fallback="first", head="L18H5", label="1 term")
def L18H5_1(q, k):
    """Rung 1 of L18H5: first token (sink). Held-out IoU 0.303. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.14, 2.06, 1.13, 1.6, 1.5, 1.93, 2.11, 2.51, 1.99, 3.58, 1.04, 1.85, 4.04)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L18H5", label="2 terms")
def L18H5_2(q, k):
    """Rung 2 of L18H5: first token (sink) + local window. Held-out IoU 0.389. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.11, 3.1, 1.98, 1.64, 2.28, 2.79, 2.99, 2.07, 3.05, 5.31, 1.77, 2.65, 2.51)
    return (k == 0) * first_by_class + 4.14 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L18H5", label="3 terms")
def L18H5_3(q, k):
    """Rung 3 of L18H5: first token (sink) + local window + previous token. Held-out IoU 0.428. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.27, 2.86, 2.11, 1.37, 2.49, 2.8, 2.93, 1.9, 2.93, 4.86, 1.81, 2.8, 2.86)
    prev_by_class = table(word_class(q), 1.55, 0.19, 1.9, 1.64, 0.969, 0.253, 0.415, 0.166, 0.067, -1.21, 0.348, 1.48, -0.107)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 3.76 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L18H5", label="5 terms")
def L18H5_5(q, k):
    """Rung 5 of L18H5: first token (sink) + local window + previous token + word-class preference + first token (sink). Held-out IoU 0.441. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.797, 1.32, 0.0771, 0.664, 0.034, 0.985, 1.7, 1.5, 1.17, 3.51, -0.0872, 1.02, 2.35)
    prev_by_class = table(word_class(q), 1.46, 0.0523, 2.06, 1.61, 0.999, 0.485, 0.875, 0.305, 0.276, -0.828, 0.502, 1.67, -0.127)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 2.87 * (k == 0) + 0.661 * is_word_start(k) + 4.43 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L18H5", label="8 terms")
def L18H5_8(q, k):
    """Rung 8 of L18H5: first token (sink) + local window + previous token + word-class preference + first token (sink) + sentence start + sentence start + word-class preference. Held-out IoU 0.476. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.99, 0.864, 0.458, 0.518, 0.603, 1.14, 1.28, 1.31, 0.809, 3.09, -0.481, 0.873, 1.8)
    prev_by_class = table(word_class(q), 1.32, 0.132, 1.9, 1.67, 1.07, 0.449, 0.789, 0.298, 0.24, -0.785, 0.499, 1.58, 0.0445)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 4.32 * (k == 0) + -2.28 * (k == sentence_start(q)) + 1.21 * (k >= sentence_start(q)) + 1.07 * is_word_start(k) + 3.72 * decay(q - k, 10.0) + -0.485 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
