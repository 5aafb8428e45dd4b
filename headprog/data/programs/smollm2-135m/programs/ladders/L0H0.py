"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H0
label: explanation ladder
source: ladder of L0H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6400 rung2_heldout_iou=0.6443 rung3_heldout_iou=0.6519 rung5_heldout_iou=0.6635 rung8_heldout_iou=0.6639 full_heldout_iou=0.6735 uniform_heldout_iou=0.5983
"""


@program(normalize="softmax", fallback="first", head="L0H0", label="1 term")
def L0H0_1(q, k):
    """Rung 1 of L0H0: word-class preference. Held-out IoU 0.640. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.914, 0.797, 1.61, 1.0, 0.446, 0.562, 1.2, 1.43, -0.162, 0.274, 1.03, 0.541, 0.191)
    return key_class


@program(normalize="softmax", fallback="first", head="L0H0", label="2 terms")
def L0H0_2(q, k):
    """Rung 2 of L0H0: word-class preference + token sink ' '. Held-out IoU 0.644. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.715, 0.567, 1.37, 0.762, 0.205, 0.399, 0.953, 1.28, -0.29, 0.0924, 0.674, 0.311, -0.065)
    return key_class + -1.75 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L0H0", label="3 terms")
def L0H0_3(q, k):
    """Rung 3 of L0H0: word-class preference + token sink ' ' + local window. Held-out IoU 0.652. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.555, 0.422, 1.22, 0.613, -0.0493, 0.103, 0.8, 1.09, -0.533, -0.00716, 0.566, 0.195, -0.213)
    return key_class + 0.636 * decay(q - k, 10.0) + -1.71 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L0H0", label="5 terms")
def L0H0_5(q, k):
    """Rung 5 of L0H0: word-class preference + token sink ' ' + local window + word-class preference + rare or new tokens. Held-out IoU 0.663. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.505, 0.343, 1.06, 0.557, -0.301, -0.209, 0.518, 0.903, -1.06, -0.536, 0.116, 0.861, -0.318)
    return key_class + -0.719 * is_capitalized(k) + 0.595 * decay(q - k, 10.0) + -1.01 * (rarity(k) / 16.0) + -1.7 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L0H0", label="8 terms")
def L0H0_8(q, k):
    """Rung 8 of L0H0: word-class preference + token sink ' ' + local window + word-class preference + rare or new tokens + punctuation + token sink ',' + broad (near uniform). Held-out IoU 0.664. Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.355, 0.185, 0.912, 0.427, -0.459, -0.34, 0.379, 0.732, -0.498, -0.322, -0.00372, 0.711, -0.494)
    return key_class + -0.388 * is_punct(k) + -0.726 * is_capitalized(k) + 0.41 * decay(q - k, 10.0) + 0.59 * decay(q - k, 100.0) + -1.01 * (rarity(k) / 16.0) + -0.453 * (token(k) == 28) + -1.76 * (token(k) == 216)
