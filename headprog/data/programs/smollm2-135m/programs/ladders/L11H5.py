"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H5
label: explanation ladder
source: ladder of L11H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3701 rung2_heldout_iou=0.4618 rung3_heldout_iou=0.4819 rung5_heldout_iou=0.4996 rung8_heldout_iou=0.5137 full_heldout_iou=0.5160 uniform_heldout_iou=0.2941
"""


@program(normalize="weights", fallback="first", head="L11H5", label="1 term")
def L11H5_1(q, k):
    """Rung 1 of L11H5: local window. Held-out IoU 0.370"""
    return 0.986 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L11H5", label="2 terms")
def L11H5_2(q, k):
    """Rung 2 of L11H5: local window + word-class preference. Held-out IoU 0.462. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0273, 0.0173, 0.289, 0.155, 0.0326, 0.182, 0.603, 0.0234, 0.656, 2.37, 0.0133, 0.0268, 2.01)
    return key_class + 2.02 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L11H5", label="3 terms")
def L11H5_3(q, k):
    """Rung 3 of L11H5: local window + word-class preference + local window. Held-out IoU 0.482. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0342, 0.0234, 0.373, 0.167, 0.0362, 0.196, 0.715, 0.0234, 0.685, 2.41, 0.0139, 0.0466, 1.89)
    return key_class + 2.29 * decay(q - k, 1.0) + 1.02 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L11H5", label="5 terms")
def L11H5_5(q, k):
    """Rung 5 of L11H5: local window + word-class preference + local window + token sink ',' + previous token. Held-out IoU 0.500. Token sinks: first ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0396, 0.0303, 0.479, 0.189, 0.0517, 0.25, 0.748, 0.0235, 0.369, 2.9, 0.0148, 0.0524, 2.35)
    prev_by_class = table(word_class(q), 0.112, 3.94, 8.31, 6.86, 6.32, 2.17, 0.118, 4.09, 1.35, 0.0546, 0.0608, 1.04, 0.195)
    return key_class + (k == q - 1) * prev_by_class + 2.89 * decay(q - k, 1.0) + 1.08 * decay(q - k, 3.0) + 1.56 * (token(k) == 28 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L11H5", label="8 terms")
def L11H5_8(q, k):
    """Rung 8 of L11H5: local window + word-class preference + local window + token sink ',' + previous token + token sink '.' + sentence start + current token. Held-out IoU 0.514. Token sinks: first ','; first '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0284, 0.0175, 0.469, 0.177, 0.0343, 0.23, 0.717, 0.0234, 0.386, 2.21, 0.0138, 0.0356, 2.67)
    self_by_class = table(word_class(q), 0.592, 1.56, 3.04, 0.16, 2.5, 1.87, 3.26, 0.0854, 1.09, 0.0654, 0.0439, 2.31, 0.0866)
    prev_by_class = table(word_class(q), 0.113, 4.89, 12.2, 7.01, 9.09, 3.45, 0.263, 4.07, 2.16, 0.0546, 0.133, 1.96, 0.0896)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.176 * (k >= sentence_start(q)) + 2.45 * decay(q - k, 1.0) + 0.92 * decay(q - k, 3.0) + 1.91 * (token(k) == 28 and count(k) == 1) + 3.34 * (token(k) == 30 and count(k) == 1)
