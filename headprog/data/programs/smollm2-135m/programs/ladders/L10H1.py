"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H1
label: explanation ladder
source: ladder of L10H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2619 rung2_heldout_iou=0.3344 rung3_heldout_iou=0.3353 rung5_heldout_iou=0.3663 rung8_heldout_iou=0.3860 full_heldout_iou=0.3990 uniform_heldout_iou=0.2241
"""


@program(normalize="softmax", fallback="first", head="L10H1", label="1 term")
def L10H1_1(q, k):
    """Rung 1 of L10H1: local window. Held-out IoU 0.262"""
    return 3.25 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L10H1", label="2 terms")
def L10H1_2(q, k):
    """Rung 2 of L10H1: local window + word-class preference. Held-out IoU 0.334. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 2.17, 1.35, 3.86, 2.62, 3.77, 3.13, 4.14, 1.88, 3.07, 3.54, 1.05, 2.37, 3.53)
    return key_class + 3.69 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L10H1", label="3 terms")
def L10H1_3(q, k):
    """Rung 3 of L10H1: local window + word-class preference + token sink ' the'. Held-out IoU 0.335. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.06, 0.276, 2.47, 1.64, 2.53, 2.12, 3.01, 0.948, 1.89, 2.57, 0.0548, 1.27, 2.39)
    return key_class + 3.33 * decay(q - k, 10.0) + 1.47 * (token(k) == 260)


@program(normalize="softmax", fallback="first", head="L10H1", label="5 terms")
def L10H1_5(q, k):
    """Rung 5 of L10H1: local window + word-class preference + token sink ' the' + previous token + token sink ' '. Held-out IoU 0.366. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.419, -0.432, 2.04, 0.997, 1.98, 1.35, 2.21, 0.184, 1.2, 1.78, -0.56, 0.753, 1.43)
    prev_by_class = table(word_class(q), 0.828, 0.46, 2.52, 1.4, 1.4, -0.172, 0.0407, 0.324, -0.809, -0.614, -0.554, 1.19, 0.292)
    return key_class + (k == q - 1) * prev_by_class + 3.36 * decay(q - k, 10.0) + 1.18 * (token(k) == 260) + 1.85 * (token(k) == 216 and count(k) == 1)


@program(normalize="softmax", fallback="first", head="L10H1", label="8 terms")
def L10H1_8(q, k):
    """Rung 8 of L10H1: local window + word-class preference + token sink ' the' + previous token + token sink ' ' + local window + sentence start + local window. Held-out IoU 0.386. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.265, -1.14, 1.09, 0.287, 1.37, 0.619, 1.47, -0.477, 0.522, 1.3, -1.21, -0.187, 1.09)
    prev_by_class = table(word_class(q), 0.622, 0.274, 2.36, 1.26, 1.31, -0.39, -0.201, 0.233, -0.774, -0.834, -0.568, 1.11, 0.282)
    return key_class + (k == q - 1) * prev_by_class + 1.02 * (k >= sentence_start(q)) + -1.9 * decay(q - k, 1.0) + 1.84 * decay(q - k, 3.0) + 2.52 * decay(q - k, 10.0) + 1.13 * (token(k) == 260) + 1.89 * (token(k) == 216 and count(k) == 1)
