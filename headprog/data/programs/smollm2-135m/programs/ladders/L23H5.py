"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H5
label: explanation ladder
source: ladder of L23H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4550 rung2_heldout_iou=0.4770 rung5_heldout_iou=0.4850 rung8_heldout_iou=0.4987 full_heldout_iou=0.5226 uniform_heldout_iou=0.1907
"""


@program(normalize="softmax", fallback="first", head="L23H5", label="1 term")
def L23H5_1(q, k):
    """Rung 1 of L23H5: first token (sink). Held-out IoU 0.455"""
    return 4.01 * (k == 0)


@program(normalize="softmax", fallback="first", head="L23H5", label="2 terms")
def L23H5_2(q, k):
    """Rung 2 of L23H5: first token (sink) + word-class preference. Held-out IoU 0.477. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 2.67, 3.94, 1.31, 1.62, 1.86, 2.06, 2.33, 0.985, 1.37, 2.17, 1.93, 2.22, 1.13)
    return key_class + 5.03 * (k == 0)


@program(normalize="softmax", fallback="first", head="L23H5", label="5 terms")
def L23H5_5(q, k):
    """Rung 5 of L23H5: first token (sink) + word-class preference + first token (sink) + rare or new tokens + local window. Held-out IoU 0.485. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.37, 2.27, 0.902, 0.633, 0.801, 0.804, 0.934, 0.18, 0.142, 1.2, 0.74, 1.12, 0.192)
    return key_class + 4.99 * (k == 0) + 0.898 * decay(q - k, 3.0) + 0.133 * (k == 0 and is_word_start(q)) + 0.736 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L23H5", label="8 terms")
def L23H5_8(q, k):
    """Rung 8 of L23H5: first token (sink) + word-class preference + first token (sink) + rare or new tokens + local window + sentence start + sentence start + word-class preference. Held-out IoU 0.499. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.962, 1.8, 0.668, 0.413, 0.387, 0.285, 0.444, -0.182, -0.305, 0.873, 0.24, 0.103, -0.138)
    return key_class + 5.55 * (k == 0) + -1.66 * (k == sentence_start(q)) + 0.739 * (k >= sentence_start(q)) + 0.618 * is_capitalized(k) + 0.306 * decay(q - k, 3.0) + 0.115 * (k == 0 and is_word_start(q)) + 1.08 * (rarity(k) / 16.0)
