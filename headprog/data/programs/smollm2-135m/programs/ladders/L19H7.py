"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H7
label: explanation ladder
source: ladder of L19H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3551 rung2_heldout_iou=0.4482 rung3_heldout_iou=0.4695 rung5_heldout_iou=0.5452 rung8_heldout_iou=0.5597 full_heldout_iou=0.5873 uniform_heldout_iou=0.1753
"""


@program(normalize="softmax", fallback="first", head="L19H7", label="1 term")
def L19H7_1(q, k):
    """Rung 1 of L19H7: first token (sink). Held-out IoU 0.355. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.88, 2.42, 2.02, 2.0, 2.44, 3.32, 3.04, 2.06, 3.43, 4.9, 1.87, 2.44, 4.68)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L19H7", label="2 terms")
def L19H7_2(q, k):
    """Rung 2 of L19H7: first token (sink) + local window. Held-out IoU 0.448. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.01, 3.58, 3.41, 2.1, 3.97, 4.29, 3.99, 1.94, 4.56, 5.5, 2.82, 3.33, 3.97)
    return (k == 0) * first_by_class + 2.97 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L19H7", label="3 terms")
def L19H7_3(q, k):
    """Rung 3 of L19H7: first token (sink) + local window + previous token. Held-out IoU 0.469. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.92, 3.58, 3.3, 2.15, 3.68, 4.43, 4.17, 1.98, 4.61, 5.63, 3.08, 3.5, 3.56)
    return (k == 0) * first_by_class + 1.38 * (k == q - 1) + 2.57 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L19H7", label="5 terms")
def L19H7_5(q, k):
    """Rung 5 of L19H7: first token (sink) + local window + previous token + first token (sink) + local window. Held-out IoU 0.545. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.76, 1.91, 1.35, 1.72, 2.02, 2.93, 2.74, 1.46, 3.02, 4.41, 1.65, 2.09, 2.76)
    return (k == 0) * first_by_class + 1.82 * (k == q - 1) + 1.48 * (k == q - 2) + 3.09 * (k == 0) + 3.32 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L19H7", label="8 terms")
def L19H7_8(q, k):
    """Rung 8 of L19H7: first token (sink) + local window + previous token + first token (sink) + local window + word-class preference + sentence start + sentence start. Held-out IoU 0.560. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.16, 1.17, 0.787, 1.13, 1.3, 2.26, 2.1, 1.04, 2.28, 3.78, 0.843, 1.39, 2.16)
    return (k == 0) * first_by_class + 1.47 * (k == q - 1) + 1.15 * (k == q - 2) + 4.21 * (k == 0) + -1.33 * (k == sentence_start(q)) + 1.13 * (k >= sentence_start(q)) + 1.03 * is_word_start(k) + 2.85 * decay(q - k, 3.0)
