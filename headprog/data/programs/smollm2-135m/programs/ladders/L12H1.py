"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H1
label: explanation ladder
source: ladder of L12H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4652 rung2_heldout_iou=0.5308 rung3_heldout_iou=0.5608 rung5_heldout_iou=0.5783 rung8_heldout_iou=0.5867 full_heldout_iou=0.6026 uniform_heldout_iou=0.3537
"""


@program(normalize="softmax", fallback="first", head="L12H1", label="1 term")
def L12H1_1(q, k):
    """Rung 1 of L12H1: word-class preference. Held-out IoU 0.465. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.909, 0.268, 2.21, 2.01, 1.17, 1.91, 2.25, 1.75, 2.46, 3.89, 0.183, 1.93, 3.56)
    return key_class


@program(normalize="softmax", fallback="first", head="L12H1", label="2 terms")
def L12H1_2(q, k):
    """Rung 2 of L12H1: word-class preference + first token (sink). Held-out IoU 0.531. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.741, -0.0562, 1.34, 1.56, 0.933, 1.25, 1.8, 1.44, 2.01, 3.31, -0.241, 0.766, 3.33)
    return key_class + 1.44 * (k == 0)


@program(normalize="softmax", fallback="first", head="L12H1", label="3 terms")
def L12H1_3(q, k):
    """Rung 3 of L12H1: word-class preference + first token (sink) + sentence start. Held-out IoU 0.561. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.349, -0.571, 0.983, 1.13, 0.509, 1.01, 1.4, 0.922, 1.68, 3.3, -0.66, 0.285, 3.31)
    return key_class + 1.54 * (k == 0) + 1.89 * (k >= sentence_start(q))


@program(normalize="softmax", fallback="first", head="L12H1", label="5 terms")
def L12H1_5(q, k):
    """Rung 5 of L12H1: word-class preference + first token (sink) + sentence start + sentence start + local window. Held-out IoU 0.578. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.115, -0.911, 0.483, 0.613, 0.0138, 0.531, 1.02, 0.563, 1.17, 2.76, -1.12, -0.196, 2.8)
    return key_class + 1.55 * (k == 0) + 0.209 * (k == sentence_start(q)) + 1.13 * (k >= sentence_start(q)) + 1.63 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L12H1", label="8 terms")
def L12H1_8(q, k):
    """Rung 8 of L12H1: word-class preference + first token (sink) + sentence start + sentence start + local window + first token (sink) + local window + word-class preference. Held-out IoU 0.587. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.375, -1.23, 0.201, 0.304, -0.241, 0.306, 0.676, 0.237, 0.89, 2.56, -1.03, -0.446, 2.55)
    return key_class + 2.0 * (k == 0) + 0.146 * (k == sentence_start(q)) + 1.3 * (k >= sentence_start(q)) + -0.594 * is_digit(k) + -0.746 * decay(q - k, 3.0) + 2.06 * decay(q - k, 30.0) + -0.719 * (k == 0 and is_word_start(q))
