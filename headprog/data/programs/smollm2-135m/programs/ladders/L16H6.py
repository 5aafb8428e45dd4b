"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H6
label: explanation ladder
source: ladder of L16H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4372 rung2_heldout_iou=0.4544 rung3_heldout_iou=0.4892 rung5_heldout_iou=0.5016 rung8_heldout_iou=0.5056 full_heldout_iou=0.5077 uniform_heldout_iou=0.3607
"""


@program(normalize="softmax", fallback="first", head="L16H6", label="1 term")
def L16H6_1(q, k):
    """Rung 1 of L16H6: first token (sink). Held-out IoU 0.437. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.29, 1.79, 2.0, 1.51, 1.49, 1.07, 2.21, 1.38, 1.9, 3.15, 2.09, 1.62, 3.82)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L16H6", label="2 terms")
def L16H6_2(q, k):
    """Rung 2 of L16H6: first token (sink) + sentence start. Held-out IoU 0.454. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.35, 2.0, 2.2, 1.4, 1.63, 1.12, 2.49, 1.31, 2.12, 3.63, 2.34, 1.76, 3.13)
    return (k == 0) * first_by_class + 1.53 * (k >= sentence_start(q))


@program(normalize="softmax", fallback="first", head="L16H6", label="3 terms")
def L16H6_3(q, k):
    """Rung 3 of L16H6: first token (sink) + sentence start + word-class preference. Held-out IoU 0.489. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0886, -0.655, 0.274, -0.0542, -0.247, 0.0332, 0.402, -0.363, 0.235, 2.24, -1.3, 0.0943, 2.19)
    first_by_class = table(word_class(q), 1.04, 1.62, 2.0, 1.29, 1.37, 1.05, 2.38, 1.24, 1.96, 3.64, 2.02, 1.57, 2.95)
    return key_class + (k == 0) * first_by_class + 1.83 * (k >= sentence_start(q))


@program(normalize="softmax", fallback="first", head="L16H6", label="5 terms")
def L16H6_5(q, k):
    """Rung 5 of L16H6: first token (sink) + sentence start + word-class preference + local window + first token (sink). Held-out IoU 0.502. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.177, -0.635, 0.0633, -0.226, -0.279, -0.0572, 0.36, -0.465, 0.166, 2.1, -1.36, -0.242, 2.3)
    first_by_class = table(word_class(q), -0.022, 0.662, 1.08, 0.423, 0.275, 0.165, 1.87, 1.1, 1.24, 3.34, 1.25, 0.564, 2.67)
    return key_class + (k == 0) * first_by_class + 1.48 * (k == 0) + 1.18 * (k >= sentence_start(q)) + 1.85 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L16H6", label="8 terms")
def L16H6_8(q, k):
    """Rung 8 of L16H6: first token (sink) + sentence start + word-class preference + local window + first token (sink) + current token + sentence start + first token (sink). Held-out IoU 0.506. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.291, -0.728, -0.0911, -0.328, -0.445, -0.193, 0.2, -0.607, 0.0475, 2.03, -1.43, -0.359, 2.26)
    first_by_class = table(word_class(q), -0.495, 0.306, 0.68, 0.0824, -0.0158, -0.169, 1.37, 0.815, 0.785, 2.76, 0.975, 0.0435, 2.32)
    return key_class + (k == 0) * first_by_class + -0.535 * (k == q) + 2.26 * (k == 0) + -0.374 * (k == sentence_start(q)) + 1.32 * (k >= sentence_start(q)) + 1.94 * decay(q - k, 30.0) + -0.179 * (k == 0 and is_word_start(q))
