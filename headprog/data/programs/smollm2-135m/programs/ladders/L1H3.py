"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H3
label: explanation ladder
source: ladder of L1H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5356 rung2_heldout_iou=0.5645 rung3_heldout_iou=0.5727 rung5_heldout_iou=0.5761 rung8_heldout_iou=0.5792 full_heldout_iou=0.5975 uniform_heldout_iou=0.4181
"""


@program(normalize="softmax", fallback="first", head="L1H3", label="1 term")
def L1H3_1(q, k):
    """Rung 1 of L1H3: word-class preference. Held-out IoU 0.536. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.465, -0.199, 0.641, 0.794, 2.11, 1.41, 1.93, 0.304, 1.12, 2.36, -0.205, -0.212, 1.21)
    return key_class


@program(normalize="softmax", fallback="first", head="L1H3", label="2 terms")
def L1H3_2(q, k):
    """Rung 2 of L1H3: word-class preference + local window. Held-out IoU 0.565. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.297, -0.277, 0.508, 0.734, 1.87, 1.29, 1.82, 0.114, 0.903, 2.19, -0.507, -0.223, 1.21)
    return key_class + 1.45 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H3", label="3 terms")
def L1H3_3(q, k):
    """Rung 3 of L1H3: word-class preference + local window + token sink ' of'. Held-out IoU 0.573. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.11, -0.429, 0.361, 0.575, 1.36, 1.12, 1.64, -0.126, 0.793, 2.02, -0.624, -0.395, 1.01)
    return key_class + 1.41 * decay(q - k, 10.0) + 0.801 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H3", label="5 terms")
def L1H3_5(q, k):
    """Rung 5 of L1H3: word-class preference + local window + token sink ' of' + rare or new tokens + word-class preference. Held-out IoU 0.576. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.176, -0.379, 0.0274, 0.342, 1.1, 0.906, 1.34, -0.355, 0.23, 1.45, -1.12, -0.292, 0.997)
    return key_class + 1.44 * decay(q - k, 10.0) + -0.000669 * is_function_word(k) + -1.28 * (rarity(k) / 16.0) + 0.76 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H3", label="8 terms")
def L1H3_8(q, k):
    """Rung 8 of L1H3: word-class preference + local window + token sink ' of' + rare or new tokens + word-class preference + word-class preference + local window + previous token. Held-out IoU 0.579. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0224, -0.464, -0.264, 0.0519, 0.79, 0.616, 1.04, -0.593, 0.0662, 1.31, -1.27, -0.376, 0.899)
    return key_class + -0.157 * (k == q - 1) + 0.464 * decay(q - k, 3.0) + 1.08 * decay(q - k, 10.0) + 0.192 * is_function_word(k) + -1.45 * (rarity(k) / 16.0) + 0.171 * (k < q and word_class(k) == word_class(q)) + 0.787 * (token(k) == 282)
