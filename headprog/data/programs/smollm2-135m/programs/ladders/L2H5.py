"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H5
label: explanation ladder
source: ladder of L2H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4158 rung2_heldout_iou=0.4823 rung3_heldout_iou=0.4905 rung5_heldout_iou=0.5170 rung8_heldout_iou=0.5256 full_heldout_iou=0.5571 uniform_heldout_iou=0.2821
"""


@program(normalize="weights", fallback="first", head="L2H5", label="1 term")
def L2H5_1(q, k):
    """Rung 1 of L2H5: word-class preference. Held-out IoU 0.416. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.062, 0.00809, 0.866, 0.214, 0.234, 0.603, 0.36, 0.142, 1.23, 2.41, 0.039, 0.0383, 2.7)
    return key_class


@program(normalize="weights", fallback="first", head="L2H5", label="2 terms")
def L2H5_2(q, k):
    """Rung 2 of L2H5: word-class preference + first token (sink). Held-out IoU 0.482. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0689, 0.0184, 0.861, 0.128, 0.308, 0.611, 0.527, 0.14, 1.41, 2.57, 0.0397, 0.0318, 2.67)
    return key_class + 1.87 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L2H5", label="3 terms")
def L2H5_3(q, k):
    """Rung 3 of L2H5: word-class preference + first token (sink) + token sink ' '. Held-out IoU 0.490. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0623, 0.0187, 0.875, 0.135, 0.325, 0.613, 0.531, 0.141, 1.48, 2.8, 0.0402, 0.0325, 2.64)
    return key_class + 1.92 * ((k == 0) * decay(q, 32.0)) + 1.33 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L2H5", label="5 terms")
def L2H5_5(q, k):
    """Rung 5 of L2H5: word-class preference + first token (sink) + token sink ' ' + token sink ' the' + local window. Held-out IoU 0.517. Token sinks: first ' the'; sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0359, 0.017, 0.48, 0.102, 0.235, 0.603, 0.401, 0.125, 1.32, 2.36, 0.0355, 0.0277, 2.61)
    return key_class + 0.36 * decay(q - k, 1.0) + 2.16 * ((k == 0) * decay(q, 32.0)) + 1.17 * (token(k) == 260 and count(k) == 1) + 1.33 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L2H5", label="8 terms")
def L2H5_8(q, k):
    """Rung 8 of L2H5: word-class preference + first token (sink) + token sink ' ' + token sink ' the' + local window + previous token + first token (sink) + token sink ' '. Held-out IoU 0.526. Token sinks: first ' '; first ' the'; sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0448, 0.0174, 0.569, 0.125, 0.294, 0.667, 0.504, 0.141, 1.71, 2.93, 0.0385, 0.0292, 2.83)
    first_by_class = table(word_class(q), 1.35, 4.66, 0.171, 1.21, 0.124, 0.202, 0.46, 0.189, 0.22, 0.503, 3.47, 2.24, 3.31)
    return key_class + (k == 0) * first_by_class + 0.507 * (k == q - 1) + 0.308 * decay(q - k, 1.0) + 1.71 * ((k == 0) * decay(q, 32.0)) + 1.61 * (token(k) == 260 and count(k) == 1) + 0.762 * (token(k) == 216) + 1.53 * (token(k) == 216 and count(k) == 1)
