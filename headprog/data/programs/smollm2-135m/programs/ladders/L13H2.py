"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H2
label: explanation ladder
source: ladder of L13H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3036 rung2_heldout_iou=0.3522 rung3_heldout_iou=0.3688 rung5_heldout_iou=0.3958 rung8_heldout_iou=0.4293 full_heldout_iou=0.4928 uniform_heldout_iou=0.1877
"""


@program(normalize="softmax", fallback="first", head="L13H2", label="1 term")
def L13H2_1(q, k):
    """Rung 1 of L13H2: first token (sink). Held-out IoU 0.304. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.44, 1.82, 2.79, 2.98, 2.71, 2.46, 3.31, 2.28, 2.21, 3.7, 1.7, 1.49, 4.01)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L13H2", label="2 terms")
def L13H2_2(q, k):
    """Rung 2 of L13H2: first token (sink) + local window. Held-out IoU 0.352. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.45, 2.46, 3.98, 2.98, 3.98, 3.1, 3.96, 2.38, 2.9, 4.86, 2.31, 1.85, 2.75)
    return (k == 0) * first_by_class + 3.14 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L13H2", label="3 terms")
def L13H2_3(q, k):
    """Rung 3 of L13H2: first token (sink) + local window + current token. Held-out IoU 0.369. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.39, 2.37, 3.83, 2.97, 3.78, 3.38, 4.13, 1.6, 3.14, 5.16, 2.57, 1.91, 2.36)
    return (k == 0) * first_by_class + -1.31 * (k == q) + 4.3 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L13H2", label="5 terms")
def L13H2_5(q, k):
    """Rung 5 of L13H2: first token (sink) + local window + current token + word-class preference + first token (sink). Held-out IoU 0.396. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.5, 0.865, 2.93, 2.74, 2.79, 2.89, 3.66, 2.08, 2.4, 4.43, 1.13, 0.775, 2.72)
    return (k == 0) * first_by_class + -1.48 * (k == q) + 2.64 * (k == 0) + 1.1 * is_word_start(k) + 5.28 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L13H2", label="8 terms")
def L13H2_8(q, k):
    """Rung 8 of L13H2: first token (sink) + local window + current token + word-class preference + first token (sink) + sentence start + word-class preference + word-class preference. Held-out IoU 0.429. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.11, 0.663, 2.2, 2.25, 2.08, 2.03, 2.74, 1.81, 1.39, 3.72, 0.762, 0.256, 2.21)
    return (k == 0) * first_by_class + -1.49 * (k == q) + 3.99 * (k == 0) + -1.61 * (k == sentence_start(q)) + 0.749 * is_word_start(k) + -0.711 * is_digit(k) + 5.2 * decay(q - k, 10.0) + 0.707 * is_function_word(k)
