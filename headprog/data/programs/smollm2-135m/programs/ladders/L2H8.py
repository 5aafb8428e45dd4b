"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H8
label: explanation ladder
source: ladder of L2H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3853 rung2_heldout_iou=0.4130 rung3_heldout_iou=0.4759 rung5_heldout_iou=0.5150 rung8_heldout_iou=0.5223 full_heldout_iou=0.5337 uniform_heldout_iou=0.2506
"""


@program(normalize="weights", fallback="first", head="L2H8", label="1 term")
def L2H8_1(q, k):
    """Rung 1 of L2H8: word-class preference. Held-out IoU 0.385. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0785, 0.00887, 0.507, 0.0585, 0.0294, 0.835, 0.7, 0.0893, 1.06, 2.21, 0.0397, 0.0649, 3.55)
    return key_class


@program(normalize="weights", fallback="first", head="L2H8", label="2 terms")
def L2H8_2(q, k):
    """Rung 2 of L2H8: word-class preference + token sink ' the'. Held-out IoU 0.413. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0987, 0.00895, 0.314, 0.0597, 0.0309, 0.93, 0.834, 0.0901, 2.05, 2.78, 0.0436, 0.0686, 3.84)
    return key_class + 4.18 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L2H8", label="3 terms")
def L2H8_3(q, k):
    """Rung 3 of L2H8: word-class preference + token sink ' the' + first token (sink). Held-out IoU 0.476. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.147, 0.0203, 0.285, 0.0589, 0.0313, 1.02, 1.28, 0.0894, 2.33, 3.3, 0.0453, 0.0579, 3.95)
    return key_class + 1.63 * (k == 0) + 4.96 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L2H8", label="5 terms")
def L2H8_5(q, k):
    """Rung 5 of L2H8: word-class preference + token sink ' the' + first token (sink) + token sink ' ' + previous token. Held-out IoU 0.515. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.123, 0.0202, 0.267, 0.0573, 0.0286, 1.19, 1.39, 0.0843, 2.36, 3.67, 0.0449, 0.057, 4.24)
    prev_by_class = table(word_class(q), 2.08, 0.203, 2.33, 1.94, 0.124, 0.188, 0.142, 3.76, 0.0421, 0.0438, 0.269, 0.575, 1.75)
    return key_class + (k == q - 1) * prev_by_class + 2.33 * (k == 0) + 6.16 * (token(k) == 260) + 7.23 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L2H8", label="8 terms")
def L2H8_8(q, k):
    """Rung 8 of L2H8: word-class preference + token sink ' the' + first token (sink) + token sink ' ' + previous token + local window + local window + first token (sink). Held-out IoU 0.522. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0921, 0.0197, 0.251, 0.0562, 0.0266, 1.27, 1.34, 0.085, 2.7, 3.79, 0.042, 0.0551, 4.8)
    first_by_class = table(word_class(q), 0.245, 5.67, 0.0854, 1.11, 0.356, 1.04, 0.96, 0.0996, 1.08, 2.72, 0.447, 2.73, 1.04)
    prev_by_class = table(word_class(q), 1.62, 0.425, 2.35, 2.25, 0.109, 0.167, 0.0835, 3.73, 0.0408, 0.0439, 0.245, 0.678, 1.76)
    return key_class + (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 0.497 * (k == q - 2) + 1.7 * (k == 0) + 0.312 * decay(q - k, 1.0) + 6.32 * (token(k) == 260) + 7.79 * (token(k) == 216)
