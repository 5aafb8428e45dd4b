"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H6
label: explanation ladder
source: ladder of L1H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4322 rung2_heldout_iou=0.5071 rung3_heldout_iou=0.5578 rung5_heldout_iou=0.5615 rung8_heldout_iou=0.5644 full_heldout_iou=0.5846 uniform_heldout_iou=0.2888
"""


@program(normalize="softmax", fallback="first", head="L1H6", label="1 term")
def L1H6_1(q, k):
    """Rung 1 of L1H6: word-class preference. Held-out IoU 0.432. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0241, -0.55, 1.38, 0.326, 1.68, 2.1, 1.04, 0.221, 2.53, 2.74, 0.0283, -0.267, 2.28)
    return key_class


@program(normalize="softmax", fallback="first", head="L1H6", label="2 terms")
def L1H6_2(q, k):
    """Rung 2 of L1H6: word-class preference + local window. Held-out IoU 0.507. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.114, -0.887, 1.26, 0.426, 1.58, 1.95, 1.02, 0.0176, 2.16, 2.53, 0.087, -0.194, 2.26)
    return key_class + 2.87 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H6", label="3 terms")
def L1H6_3(q, k):
    """Rung 3 of L1H6: word-class preference + local window + previous token. Held-out IoU 0.558. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.492, -0.954, 1.05, 0.269, 1.3, 1.73, 0.766, -0.32, 1.88, 2.3, -0.274, -0.584, 1.85)
    prev_by_class = table(word_class(q), 0.307, 1.67, 0.774, 0.373, 3.56, 0.847, -0.222, 0.577, 0.433, -0.998, 0.249, 0.108, -0.892)
    return key_class + (k == q - 1) * prev_by_class + 2.94 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H6", label="5 terms")
def L1H6_5(q, k):
    """Rung 5 of L1H6: word-class preference + local window + previous token + rare or new tokens + token sink ' of'. Held-out IoU 0.561. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.366, -0.933, 0.707, 0.177, 0.794, 1.47, 0.498, -0.614, 1.16, 1.52, -0.981, -0.446, 1.9)
    prev_by_class = table(word_class(q), 0.261, 1.67, 0.8, 0.37, 3.54, 0.757, -0.153, 0.549, 0.57, -0.502, 0.205, 0.0871, -0.732)
    return key_class + (k == q - 1) * prev_by_class + 2.9 * decay(q - k, 10.0) + -1.94 * (rarity(k) / 16.0) + 0.347 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H6", label="8 terms")
def L1H6_8(q, k):
    """Rung 8 of L1H6: word-class preference + local window + previous token + rare or new tokens + token sink ' of' + sentence start + local window + previous token. Held-out IoU 0.564. Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.578, -1.13, 0.496, -0.0718, 0.518, 1.24, 0.223, -0.835, 0.875, 1.39, -1.29, -0.626, 1.81)
    prev_by_class = table(word_class(q), -0.2, 1.17, 0.547, -0.0743, 3.29, 0.283, -0.525, 0.0942, 0.174, -0.665, -0.248, -0.23, -0.605)
    return key_class + (k == q - 1) * prev_by_class + 0.477 * (k == q - 1) + 0.322 * (k >= sentence_start(q)) + 0.699 * decay(q - k, 3.0) + 1.86 * decay(q - k, 10.0) + -2.05 * (rarity(k) / 16.0) + 0.357 * (token(k) == 282)
