"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H8
label: explanation ladder
source: ladder of L1H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4639 rung2_heldout_iou=0.5480 rung3_heldout_iou=0.5511 rung5_heldout_iou=0.5540 rung8_heldout_iou=0.5543 full_heldout_iou=0.5761 uniform_heldout_iou=0.3443
"""


@program(normalize="softmax", fallback="first", head="L1H8", label="1 term")
def L1H8_1(q, k):
    """Rung 1 of L1H8: word-class preference. Held-out IoU 0.464. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.205, -0.416, 1.36, 0.419, 1.65, 1.87, 1.22, 0.586, 2.23, 2.37, 0.269, -0.0608, 1.91)
    return key_class


@program(normalize="softmax", fallback="first", head="L1H8", label="2 terms")
def L1H8_2(q, k):
    """Rung 2 of L1H8: word-class preference + local window. Held-out IoU 0.548. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.359, -0.616, 1.23, 0.456, 1.5, 1.55, 1.23, 0.39, 1.84, 2.22, 0.232, -0.0453, 1.96)
    return key_class + 4.37 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L1H8", label="3 terms")
def L1H8_3(q, k):
    """Rung 3 of L1H8: word-class preference + local window + word-class preference. Held-out IoU 0.551. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.71, -0.833, 1.01, 0.268, 1.28, 1.32, 0.994, 0.149, 1.62, 2.02, 0.0722, -0.25, 1.78)
    return key_class + 4.44 * decay(q - k, 30.0) + 0.336 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L1H8", label="5 terms")
def L1H8_5(q, k):
    """Rung 5 of L1H8: word-class preference + local window + word-class preference + sentence start + rare or new tokens. Held-out IoU 0.554. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.794, -0.896, 0.639, 0.116, 0.967, 1.05, 0.672, -0.115, 1.01, 1.59, -0.493, -0.325, 1.85)
    return key_class + 0.472 * (k >= sentence_start(q)) + 3.72 * decay(q - k, 30.0) + -1.22 * (rarity(k) / 16.0) + 0.333 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L1H8", label="8 terms")
def L1H8_8(q, k):
    """Rung 8 of L1H8: word-class preference + local window + word-class preference + sentence start + rare or new tokens + local window + token sink ' of' + previous token. Held-out IoU 0.554. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.875, -0.872, 0.466, -0.0232, 0.563, 0.894, 0.523, -0.287, 0.718, 1.22, -0.819, -0.317, 1.64)
    return key_class + -0.182 * (k == q - 1) + 0.259 * (k >= sentence_start(q)) + 1.19 * decay(q - k, 10.0) + 2.58 * decay(q - k, 30.0) + -1.72 * (rarity(k) / 16.0) + 0.377 * (k < q and word_class(k) == word_class(q)) + 0.263 * (token(k) == 282)
