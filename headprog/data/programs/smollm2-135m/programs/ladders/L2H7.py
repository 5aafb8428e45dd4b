"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H7
label: explanation ladder
source: ladder of L2H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4222 rung2_heldout_iou=0.4652 rung3_heldout_iou=0.4837 rung5_heldout_iou=0.5110 rung8_heldout_iou=0.5268 full_heldout_iou=0.5350 uniform_heldout_iou=0.3089
"""


@program(normalize="weights", fallback="first", head="L2H7", label="1 term")
def L2H7_1(q, k):
    """Rung 1 of L2H7: word-class preference. Held-out IoU 0.422. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.161, 0.0439, 0.612, 0.111, 0.0413, 0.687, 0.482, 0.126, 1.11, 1.86, 0.0656, 0.182, 1.88)
    return key_class


@program(normalize="weights", fallback="first", head="L2H7", label="2 terms")
def L2H7_2(q, k):
    """Rung 2 of L2H7: word-class preference + first token (sink). Held-out IoU 0.465. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.204, 0.0932, 0.63, 0.108, 0.041, 0.689, 0.614, 0.123, 1.34, 1.85, 0.0694, 0.109, 1.86)
    return key_class + 1.22 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L2H7", label="3 terms")
def L2H7_3(q, k):
    """Rung 3 of L2H7: word-class preference + first token (sink) + token sink ' the'. Held-out IoU 0.484. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.258, 0.1, 0.354, 0.11, 0.0427, 0.803, 0.848, 0.132, 1.85, 2.64, 0.0717, 0.146, 1.98)
    return key_class + 1.93 * ((k == 0) * decay(q, 32.0)) + 2.99 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L2H7", label="5 terms")
def L2H7_5(q, k):
    """Rung 5 of L2H7: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + local window. Held-out IoU 0.511. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.169, 0.0445, 0.234, 0.0825, 0.0189, 0.81, 0.815, 0.0657, 1.93, 2.68, 0.0342, 0.0736, 2.04)
    return key_class + 0.456 * decay(q - k, 3.0) + 2.98 * ((k == 0) * decay(q, 32.0)) + 3.37 * (token(k) == 260) + 3.18 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L2H7", label="8 terms")
def L2H7_8(q, k):
    """Rung 8 of L2H7: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + local window + first token (sink) + token sink ',' + word-class preference. Held-out IoU 0.527. Token sinks: first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.187, 0.0496, 0.215, 0.0548, 0.0175, 0.979, 0.92, 0.0786, 1.41, 3.12, 0.0424, 0.0849, 2.61)
    first_by_class = table(word_class(q), 2.09, 4.69, 0.0396, 0.585, 0.458, 0.181, 0.0884, 2.28, 0.183, 6.79, 2.33, 2.88, 4.73)
    return key_class + (k == 0) * first_by_class + 0.672 * decay(q - k, 3.0) + 2.0 * ((k == 0) * decay(q, 32.0)) + 0.65 * (k == last(is_function_word, q)) + 1.89 * (token(k) == 28 and count(k) == 1) + 3.95 * (token(k) == 260) + 4.42 * (token(k) == 216)
