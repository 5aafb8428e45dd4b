"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H1
label: explanation ladder
source: ladder of L21H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5186 rung2_heldout_iou=0.5349 rung3_heldout_iou=0.5363 rung5_heldout_iou=0.5801 rung8_heldout_iou=0.5845 full_heldout_iou=0.5963 uniform_heldout_iou=0.1880
"""


@program(normalize="softmax", fallback="first", head="L21H1", label="1 term")
def L21H1_1(q, k):
    """Rung 1 of L21H1: first token (sink). Held-out IoU 0.519. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.14, 4.31, 2.31, 2.36, 2.71, 2.08, 2.25, 2.31, 2.68, 3.17, 3.67, 4.02, 3.73)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L21H1", label="2 terms")
def L21H1_2(q, k):
    """Rung 2 of L21H1: first token (sink) + word-class preference. Held-out IoU 0.535. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.26, 4.8, 2.44, 2.21, 2.9, 2.17, 2.48, 1.93, 2.97, 3.53, 4.33, 4.36, 3.03)
    return (k == 0) * first_by_class + -0.0444 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L21H1", label="3 terms")
def L21H1_3(q, k):
    """Rung 3 of L21H1: first token (sink) + word-class preference + sentence start. Held-out IoU 0.536. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.44, 4.82, 2.46, 2.17, 2.93, 2.23, 2.5, 1.74, 2.99, 3.57, 4.27, 4.43, 2.71)
    return (k == 0) * first_by_class + 0.514 * (k >= sentence_start(q)) + -0.0534 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L21H1", label="5 terms")
def L21H1_5(q, k):
    """Rung 5 of L21H1: first token (sink) + word-class preference + sentence start + first token (sink) + sentence start. Held-out IoU 0.580. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.57, 3.29, 0.935, 1.37, 1.45, 0.732, 1.0, 1.17, 1.53, 1.95, 2.93, 2.99, 1.98)
    return (k == 0) * first_by_class + 3.22 * (k == 0) + -0.919 * (k == sentence_start(q)) + 1.33 * (k >= sentence_start(q)) + -0.308 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L21H1", label="8 terms")
def L21H1_8(q, k):
    """Rung 8 of L21H1: first token (sink) + word-class preference + sentence start + first token (sink) + sentence start + rare or new tokens + word-class preference + local window. Held-out IoU 0.585. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.61, 2.75, 0.191, 0.652, 0.672, -0.00493, 0.274, 0.359, 0.824, 1.15, 2.11, 2.31, 1.36)
    return (k == 0) * first_by_class + 3.97 * (k == 0) + -0.684 * (k == sentence_start(q)) + 0.971 * (k >= sentence_start(q)) + -0.205 * is_word_start(k) + 0.494 * decay(q - k, 3.0) + -0.158 * is_function_word(k) + 0.917 * (rarity(k) / 16.0)
