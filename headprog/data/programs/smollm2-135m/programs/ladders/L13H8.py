"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H8
label: explanation ladder
source: ladder of L13H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3635 rung2_heldout_iou=0.3770 rung3_heldout_iou=0.3791 rung5_heldout_iou=0.3849 rung8_heldout_iou=0.4264 full_heldout_iou=0.4422 uniform_heldout_iou=0.2387
"""


@program(normalize="softmax", fallback="first", head="L13H8", label="1 term")
def L13H8_1(q, k):
    """Rung 1 of L13H8: first token (sink). Held-out IoU 0.363. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.78, 3.13, 1.47, 1.49, 1.3, 2.0, 0.13, 1.06, 1.86, 1.36, 3.17, 3.71, 2.27)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L13H8", label="2 terms")
def L13H8_2(q, k):
    """Rung 2 of L13H8: first token (sink) + sentence start. Held-out IoU 0.377. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.94, 3.47, 1.64, 1.38, 1.44, 2.01, 0.125, 1.05, 1.98, 1.36, 3.48, 3.93, 1.96)
    return (k == 0) * first_by_class + 1.75 * (k >= sentence_start(q))


@program(normalize="softmax", fallback="first", head="L13H8", label="3 terms")
def L13H8_3(q, k):
    """Rung 3 of L13H8: first token (sink) + sentence start + word-class preference. Held-out IoU 0.379. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.98, 3.64, 1.56, 1.3, 1.42, 1.92, -0.014, 0.925, 2.04, 1.37, 3.78, 4.06, 1.67)
    return (k == 0) * first_by_class + 1.8 * (k >= sentence_start(q)) + -0.291 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L13H8", label="5 terms")
def L13H8_5(q, k):
    """Rung 5 of L13H8: first token (sink) + sentence start + word-class preference + word-class preference + local window. Held-out IoU 0.385. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.17, 3.75, 1.74, 1.25, 1.6, 2.2, 0.201, 0.817, 2.14, 1.45, 3.67, 4.15, 1.39)
    return (k == 0) * first_by_class + 1.41 * (k >= sentence_start(q)) + -1.54 * is_digit(k) + 0.62 * decay(q - k, 3.0) + -0.318 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L13H8", label="8 terms")
def L13H8_8(q, k):
    """Rung 8 of L13H8: first token (sink) + sentence start + word-class preference + word-class preference + local window + current token + first token (sink) + sentence start. Held-out IoU 0.426. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.34, 3.1, 1.22, 1.11, 0.948, 1.22, -0.899, 0.288, 1.6, 1.08, 3.14, 3.57, 1.09)
    return (k == 0) * first_by_class + -0.758 * (k == q) + 2.41 * (k == 0) + -1.21 * (k == sentence_start(q)) + 1.67 * (k >= sentence_start(q)) + -1.45 * is_digit(k) + 1.61 * decay(q - k, 3.0) + -0.276 * is_function_word(k)
