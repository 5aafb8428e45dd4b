"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H6
label: explanation ladder
source: ladder of L21H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3582 rung2_heldout_iou=0.3676 rung3_heldout_iou=0.3976 rung5_heldout_iou=0.4071 rung8_heldout_iou=0.4413 full_heldout_iou=0.4607 uniform_heldout_iou=0.2465
"""


@program(normalize="softmax", fallback="first", head="L21H6", label="1 term")
def L21H6_1(q, k):
    """Rung 1 of L21H6: first token (sink). Held-out IoU 0.358. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.32, 2.95, 1.19, 1.3, 1.13, 1.54, 1.41, 1.36, 1.73, 2.78, 1.67, 2.67, 4.16)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L21H6", label="2 terms")
def L21H6_2(q, k):
    """Rung 2 of L21H6: first token (sink) + word-class preference. Held-out IoU 0.368. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.52, 3.65, 1.29, 1.49, 1.28, 1.45, 1.29, 1.17, 1.96, 3.16, 2.2, 3.16, 3.34)
    return (k == 0) * first_by_class + -0.719 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L21H6", label="3 terms")
def L21H6_3(q, k):
    """Rung 3 of L21H6: first token (sink) + word-class preference + local window. Held-out IoU 0.398. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.92, 3.83, 1.66, 1.58, 1.65, 1.74, 1.83, 1.07, 2.25, 3.41, 2.52, 3.41, 2.98)
    return (k == 0) * first_by_class + 1.86 * decay(q - k, 3.0) + -0.633 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L21H6", label="5 terms")
def L21H6_5(q, k):
    """Rung 5 of L21H6: first token (sink) + word-class preference + local window + rare or new tokens + sentence start. Held-out IoU 0.407. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.81, 3.84, 1.58, 1.52, 1.54, 1.34, 1.85, 0.906, 2.05, 3.33, 2.25, 3.48, 2.58)
    return (k == 0) * first_by_class + 0.728 * (k >= sentence_start(q)) + 1.52 * decay(q - k, 3.0) + -0.562 * is_function_word(k) + 1.75 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L21H6", label="8 terms")
def L21H6_8(q, k):
    """Rung 8 of L21H6: first token (sink) + word-class preference + local window + rare or new tokens + sentence start + first token (sink) + sentence start + word-class preference. Held-out IoU 0.441. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.2, 2.58, 0.273, 0.659, 0.0631, 0.421, 0.484, 0.463, 1.07, 2.29, 0.549, 2.16, 1.95)
    return (k == 0) * first_by_class + 3.36 * (k == 0) + -1.89 * (k == sentence_start(q)) + 1.08 * (k >= sentence_start(q)) + -0.796 * is_digit(k) + 1.53 * decay(q - k, 3.0) + -0.565 * is_function_word(k) + 1.28 * (rarity(k) / 16.0)
