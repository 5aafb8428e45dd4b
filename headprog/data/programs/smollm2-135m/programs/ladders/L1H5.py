"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H5
label: explanation ladder
source: ladder of L1H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4647 rung2_heldout_iou=0.5429 rung3_heldout_iou=0.5453 rung5_heldout_iou=0.5555 rung8_heldout_iou=0.5622 full_heldout_iou=0.5788 uniform_heldout_iou=0.3235
"""


@program(normalize="softmax", fallback="first", head="L1H5", label="1 term")
def L1H5_1(q, k):
    """Rung 1 of L1H5: word-class preference. Held-out IoU 0.465. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.259, -0.423, 0.974, 0.499, 2.1, 1.34, 1.74, 0.797, 1.08, 2.84, 0.119, -0.536, 1.09)
    return key_class


@program(normalize="softmax", fallback="first", head="L1H5", label="2 terms")
def L1H5_2(q, k):
    """Rung 2 of L1H5: word-class preference + local window. Held-out IoU 0.543. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.315, -0.495, 1.14, 0.59, 1.98, 1.39, 1.85, 0.713, 1.08, 2.42, 0.132, -0.564, 1.25)
    return key_class + 2.78 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H5", label="3 terms")
def L1H5_3(q, k):
    """Rung 3 of L1H5: word-class preference + local window + previous token. Held-out IoU 0.545. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.572, -0.757, 0.875, 0.32, 1.74, 1.13, 1.61, 0.531, 0.967, 2.18, -0.173, -0.843, 1.03)
    return key_class + 0.322 * (k == q - 1) + 2.67 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H5", label="5 terms")
def L1H5_5(q, k):
    """Rung 5 of L1H5: word-class preference + local window + previous token + token sink ' of' + rare or new tokens. Held-out IoU 0.555. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.583, -0.781, 0.616, 0.118, 1.25, 0.893, 1.35, 0.3, 0.394, 1.66, -0.673, -0.862, 0.877)
    return key_class + 0.316 * (k == q - 1) + 2.53 * decay(q - k, 10.0) + -1.2 * (rarity(k) / 16.0) + 0.539 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H5", label="8 terms")
def L1H5_8(q, k):
    """Rung 8 of L1H5: word-class preference + local window + previous token + token sink ' of' + rare or new tokens + local window + sentence start + local window. Held-out IoU 0.562. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.712, -0.909, 0.337, -0.118, 1.06, 0.691, 1.12, 0.136, 0.0134, 1.5, -0.98, -0.947, 0.807)
    return key_class + 0.295 * (k == q - 1) + 0.345 * (k >= sentence_start(q)) + 0.775 * decay(q - k, 3.0) + 1.42 * decay(q - k, 10.0) + 0.329 * decay(q - k, 30.0) + -1.66 * (rarity(k) / 16.0) + 0.522 * (token(k) == 282)
