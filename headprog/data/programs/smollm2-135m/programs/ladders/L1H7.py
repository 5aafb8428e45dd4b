"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H7
label: explanation ladder
source: ladder of L1H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4776 rung2_heldout_iou=0.5895 rung3_heldout_iou=0.5934 rung5_heldout_iou=0.6005 rung8_heldout_iou=0.6043 full_heldout_iou=0.6236 uniform_heldout_iou=0.3276
"""


@program(normalize="softmax", fallback="first", head="L1H7", label="1 term")
def L1H7_1(q, k):
    """Rung 1 of L1H7: word-class preference. Held-out IoU 0.478. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.35, -0.405, 1.43, 0.565, 1.69, 1.97, 1.04, 0.208, 2.47, 2.47, -0.119, -0.149, 2.22)
    return key_class


@program(normalize="softmax", fallback="first", head="L1H7", label="2 terms")
def L1H7_2(q, k):
    """Rung 2 of L1H7: word-class preference + local window. Held-out IoU 0.590. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.558, -0.581, 1.36, 0.789, 1.62, 1.72, 0.888, 0.00216, 2.07, 2.28, -0.45, -0.0526, 2.31)
    return key_class + 3.24 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H7", label="3 terms")
def L1H7_3(q, k):
    """Rung 3 of L1H7: word-class preference + local window + previous token. Held-out IoU 0.593. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.779, -0.761, 1.16, 0.512, 1.4, 1.48, 0.7, -0.285, 1.87, 2.11, -0.639, -0.166, 2.07)
    return key_class + 0.272 * (k == q - 1) + 3.11 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H7", label="5 terms")
def L1H7_5(q, k):
    """Rung 5 of L1H7: word-class preference + local window + previous token + rare or new tokens + token sink ' of'. Held-out IoU 0.601. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.683, -0.589, 0.842, 0.378, 0.921, 1.28, 0.481, -0.542, 1.13, 1.39, -1.26, 0.0828, 2.12)
    return key_class + 0.302 * (k == q - 1) + 3.1 * decay(q - k, 10.0) + -1.95 * (rarity(k) / 16.0) + 0.333 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H7", label="8 terms")
def L1H7_8(q, k):
    """Rung 8 of L1H7: word-class preference + local window + previous token + rare or new tokens + token sink ' of' + sentence start + local window + word-class preference. Held-out IoU 0.604. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.921, -0.753, 0.584, 0.137, 0.681, 1.07, 0.24, -0.749, 0.882, 1.16, -1.46, -0.26, 1.98)
    return key_class + 0.369 * (k == q - 1) + 0.088 * (k >= sentence_start(q)) + 2.19 * decay(q - k, 10.0) + 1.32 * decay(q - k, 30.0) + -1.98 * (rarity(k) / 16.0) + 0.119 * (k < q and word_class(k) == word_class(q)) + 0.33 * (token(k) == 282)
