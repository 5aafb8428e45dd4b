"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H7
label: explanation ladder
source: ladder of L16H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3470 rung2_heldout_iou=0.4228 rung3_heldout_iou=0.4306 rung5_heldout_iou=0.4612 rung8_heldout_iou=0.5034 full_heldout_iou=0.5302 uniform_heldout_iou=0.2501
"""


@program(normalize="softmax", fallback="first", head="L16H7", label="1 term")
def L16H7_1(q, k):
    """Rung 1 of L16H7: first token (sink). Held-out IoU 0.347. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.2, 1.7, 2.29, 2.33, 1.79, 2.05, 2.8, 2.42, 2.33, 3.78, 1.48, 1.69, 4.1)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L16H7", label="2 terms")
def L16H7_2(q, k):
    """Rung 2 of L16H7: first token (sink) + local window. Held-out IoU 0.423. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.91, 2.43, 3.35, 2.45, 2.8, 2.82, 3.73, 2.11, 3.32, 5.32, 2.26, 2.28, 3.45)
    return (k == 0) * first_by_class + 3.54 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L16H7", label="3 terms")
def L16H7_3(q, k):
    """Rung 3 of L16H7: first token (sink) + local window + previous token. Held-out IoU 0.431. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.99, 2.39, 3.15, 2.52, 2.63, 2.92, 3.75, 2.0, 3.34, 5.1, 2.35, 2.16, 3.21)
    return (k == 0) * first_by_class + 0.973 * (k == q - 1) + 3.25 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L16H7", label="5 terms")
def L16H7_5(q, k):
    """Rung 5 of L16H7: first token (sink) + local window + previous token + local window + first token (sink). Held-out IoU 0.461. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.836, 0.867, 1.97, 2.37, 0.977, 1.77, 3.18, 1.82, 2.61, 4.38, 1.04, 1.18, 2.83)
    return (k == 0) * first_by_class + 1.21 * (k == q - 1) + 1.19 * (k == q - 2) + 2.67 * (k == 0) + 3.67 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L16H7", label="8 terms")
def L16H7_8(q, k):
    """Rung 8 of L16H7: first token (sink) + local window + previous token + local window + first token (sink) + sentence start + sentence start + word-class preference. Held-out IoU 0.503. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.742, 0.476, 1.45, 1.74, 1.04, 1.56, 2.22, 1.54, 1.69, 3.51, 0.338, 0.586, 2.09)
    return (k == 0) * first_by_class + 1.2 * (k == q - 1) + 1.16 * (k == q - 2) + 4.19 * (k == 0) + -2.28 * (k == sentence_start(q)) + 1.53 * (k >= sentence_start(q)) + -1.07 * is_digit(k) + 2.36 * decay(q - k, 10.0)
