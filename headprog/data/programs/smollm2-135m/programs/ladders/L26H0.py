"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H0
label: explanation ladder
source: ladder of L26H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3871 rung2_heldout_iou=0.4812 rung3_heldout_iou=0.5319 rung5_heldout_iou=0.5427 rung8_heldout_iou=0.5471 full_heldout_iou=0.5661 uniform_heldout_iou=0.1927
"""


@program(normalize="softmax", fallback="first", head="L26H0", label="1 term")
def L26H0_1(q, k):
    """Rung 1 of L26H0: first token (sink). Held-out IoU 0.387. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.84, 3.27, 3.65, 2.36, 2.67, 2.27, 1.03, 1.03, 2.29, 2.39, 3.88, 3.54, 2.66)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L26H0", label="2 terms")
def L26H0_2(q, k):
    """Rung 2 of L26H0: first token (sink) + local window. Held-out IoU 0.481. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.99, 4.28, 4.68, 2.51, 3.75, 3.05, 1.89, 0.906, 3.2, 3.16, 4.97, 4.43, 2.23)
    return (k == 0) * first_by_class + 3.03 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L26H0", label="3 terms")
def L26H0_3(q, k):
    """Rung 3 of L26H0: first token (sink) + local window + first token (sink). Held-out IoU 0.532. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.66, 2.51, 2.63, 1.91, 1.56, 1.32, 0.218, -0.00619, 1.12, 1.32, 3.48, 3.09, 1.71)
    return (k == 0) * first_by_class + 3.24 * (k == 0) + 3.81 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L26H0", label="5 terms")
def L26H0_5(q, k):
    """Rung 5 of L26H0: first token (sink) + local window + first token (sink) + sentence start + sentence start. Held-out IoU 0.543. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.26, 2.15, 2.41, 1.56, 1.3, 0.946, -0.342, -0.182, 0.798, 0.715, 3.05, 2.4, 0.798)
    return (k == 0) * first_by_class + 4.17 * (k == 0) + -1.45 * (k == sentence_start(q)) + 1.14 * (k >= sentence_start(q)) + 2.97 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L26H0", label="8 terms")
def L26H0_8(q, k):
    """Rung 8 of L26H0: first token (sink) + local window + first token (sink) + sentence start + sentence start + local window + word-class preference + local window. Held-out IoU 0.547. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.88, 1.69, 1.98, 1.13, 0.931, 0.581, -0.638, -0.362, 0.507, 0.317, 2.41, 1.95, 0.59)
    return (k == 0) * first_by_class + 4.56 * (k == 0) + -1.63 * (k == sentence_start(q)) + 1.28 * (k >= sentence_start(q)) + -0.787 * is_digit(k) + 0.963 * decay(q - k, 1.0) + 2.05 * decay(q - k, 3.0) + 0.149 * decay(q - k, 10.0)
