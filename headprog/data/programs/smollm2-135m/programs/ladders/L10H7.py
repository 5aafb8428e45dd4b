"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H7
label: explanation ladder
source: ladder of L10H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4081 rung2_heldout_iou=0.4357 rung3_heldout_iou=0.4437 rung5_heldout_iou=0.4648 rung8_heldout_iou=0.4805 full_heldout_iou=0.4871 uniform_heldout_iou=0.3538
"""


@program(normalize="weights", fallback="first", head="L10H7", label="1 term")
def L10H7_1(q, k):
    """Rung 1 of L10H7: word-class preference. Held-out IoU 0.408. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.121, 0.05, 0.705, 0.234, 0.2, 0.44, 0.412, 0.117, 0.348, 0.602, 0.0997, 0.163, 0.369)
    return key_class


@program(normalize="weights", fallback="first", head="L10H7", label="2 terms")
def L10H7_2(q, k):
    """Rung 2 of L10H7: word-class preference + token sink ' the'. Held-out IoU 0.436. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.139, 0.0507, 0.392, 0.246, 0.201, 0.44, 0.397, 0.113, 0.357, 0.642, 0.136, 0.146, 0.44)
    return key_class + 1.77 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H7", label="3 terms")
def L10H7_3(q, k):
    """Rung 3 of L10H7: word-class preference + token sink ' the' + local window. Held-out IoU 0.444. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0858, 0.0438, 0.537, 0.185, 0.126, 0.403, 0.593, 0.0536, 0.309, 0.843, 0.0659, 0.133, 0.478)
    return key_class + 2.69 * decay(q - k, 3.0) + 4.43 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H7", label="5 terms")
def L10H7_5(q, k):
    """Rung 5 of L10H7: word-class preference + token sink ' the' + local window + first token (sink) + token sink ' '. Held-out IoU 0.465. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0814, 0.0447, 0.481, 0.153, 0.121, 0.324, 0.647, 0.054, 0.367, 0.863, 0.0662, 0.0686, 0.51)
    first_by_class = table(word_class(q), 1.81, 5.17, 0.267, 0.529, 0.467, 1.88, 1.77, 1.92, 0.562, 3.24, 2.0, 2.63, 3.32)
    return key_class + (k == 0) * first_by_class + 2.81 * decay(q - k, 3.0) + 5.21 * (token(k) == 260) + 4.37 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L10H7", label="8 terms")
def L10H7_8(q, k):
    """Rung 8 of L10H7: word-class preference + token sink ' the' + local window + first token (sink) + token sink ' ' + word-class preference + current token + token sink ' the'. Held-out IoU 0.480. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.103, 0.0586, 0.46, 0.159, 0.109, 0.269, 0.624, 0.0653, 0.401, 1.02, 0.0833, 0.102, 0.639)
    first_by_class = table(word_class(q), 1.82, 5.21, 0.267, 0.53, 0.468, 2.25, 2.1, 2.15, 0.563, 3.32, 2.28, 3.1, 3.24)
    self_by_class = table(word_class(q), 0.0146, 0.0349, 2.58, 3.17, 0.72, 6.45, 4.19, 1.98, 3.09, 0.364, 0.525, 0.0516, 0.458)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 2.54 * decay(q - k, 3.0) + 1.99 * (k == last(is_function_word, q)) + 3.48 * (token(k) == 260) + 3.84 * (token(k) == 260 and count(k) == 1) + 4.9 * (token(k) == 216 and count(k) == 1)
