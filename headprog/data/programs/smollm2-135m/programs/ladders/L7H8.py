"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H8
label: explanation ladder
source: ladder of L7H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4025 rung2_heldout_iou=0.4816 rung3_heldout_iou=0.5417 rung5_heldout_iou=0.5813 rung8_heldout_iou=0.5909 full_heldout_iou=0.5952 uniform_heldout_iou=0.1813
"""


@program(normalize="weights", fallback="first", head="L7H8", label="1 term")
def L7H8_1(q, k):
    """Rung 1 of L7H8: token sink ' the'. Held-out IoU 0.403. Token sinks: sink ' the'"""
    return 14.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H8", label="2 terms")
def L7H8_2(q, k):
    """Rung 2 of L7H8: token sink ' the' + first token (sink). Held-out IoU 0.482. Token sinks: sink ' the'"""
    return 15.1 * (k == 0) + 14.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H8", label="3 terms")
def L7H8_3(q, k):
    """Rung 3 of L7H8: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.542. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.192, 0.0586, 0.343, 0.132, 0.218, 0.21, 0.478, 0.12, 0.366, 2.15, 0.0586, 0.106, 2.15)
    return key_class + 15.4 * (k == 0) + 15.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H8", label="5 terms")
def L7H8_5(q, k):
    """Rung 5 of L7H8: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + current token. Held-out IoU 0.581. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.171, 0.0586, 0.319, 0.0875, 0.211, 0.188, 0.467, 0.124, 0.25, 2.28, 0.0582, 0.111, 2.19)
    self_by_class = table(word_class(q), 0.0572, 0.0362, 1.55, 3.39, 2.03, 4.84, 2.17, 0.492, 2.1, 0.136, 0.11, 0.109, 0.115)
    return key_class + (k == q) * self_by_class + 18.9 * (k == 0) + 18.6 * (token(k) == 260) + 18.9 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H8", label="8 terms")
def L7H8_8(q, k):
    """Rung 8 of L7H8: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + current token + word-class preference + first token (sink) + local window. Held-out IoU 0.591. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.172, 0.0577, 0.21, 0.0702, 0.127, 0.108, 0.443, 0.116, 0.26, 2.34, 0.0579, 0.109, 2.22)
    first_by_class = table(word_class(q), 3.15, 10.9, 0.337, 0.242, 0.303, 0.201, 0.327, 2.51, 0.291, 8.53, 0.518, 8.66, 7.66)
    self_by_class = table(word_class(q), 0.0572, 0.071, 1.11, 2.32, 1.94, 4.24, 2.06, 0.497, 1.87, 0.137, 0.11, 0.109, 0.115)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 0.389 * (k == q - 2) + 16.2 * (k == 0) + 1.21 * (k == last(is_function_word, q)) + 20.1 * (token(k) == 260) + 20.8 * (token(k) == 216 and count(k) == 1)
