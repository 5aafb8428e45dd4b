"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H7
label: explanation ladder
source: ladder of L6H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3423 rung2_heldout_iou=0.4159 rung3_heldout_iou=0.5391 rung5_heldout_iou=0.5818 rung8_heldout_iou=0.5841 full_heldout_iou=0.5931 uniform_heldout_iou=0.2155
"""


@program(normalize="weights", fallback="first", head="L6H7", label="1 term")
def L6H7_1(q, k):
    """Rung 1 of L6H7: token sink ' the'. Held-out IoU 0.342. Token sinks: sink ' the'"""
    return 10.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H7", label="2 terms")
def L6H7_2(q, k):
    """Rung 2 of L6H7: token sink ' the' + first token (sink). Held-out IoU 0.416. Token sinks: sink ' the'"""
    return 9.88 * (k == 0) + 11.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H7", label="3 terms")
def L6H7_3(q, k):
    """Rung 3 of L6H7: token sink ' the' + first token (sink) + local window. Held-out IoU 0.539. Token sinks: sink ' the'"""
    return 12.5 * (k == 0) + 2.03 * decay(q - k, 3.0) + 9.13 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H7", label="5 terms")
def L6H7_5(q, k):
    """Rung 5 of L6H7: token sink ' the' + first token (sink) + local window + token sink ' ' + previous token. Held-out IoU 0.582. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 1.62, 13.3, 0.138, 0.176, 3.62, 0.0744, 0.109, 0.0915, 0.0623, 0.0527, 4.09, 0.628, 0.111)
    return (k == q - 1) * prev_by_class + 15.0 * (k == 0) + 1.65 * decay(q - k, 3.0) + 12.6 * (token(k) == 260) + 14.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H7", label="8 terms")
def L6H7_8(q, k):
    """Rung 8 of L6H7: token sink ' the' + first token (sink) + local window + token sink ' ' + previous token + first token (sink) + word-class preference + first token (sink). Held-out IoU 0.584. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0634, 0.0269, 0.0244, 0.014, 0.0206, 0.0109, 0.109, 0.0351, 0.0147, 0.0745, 0.0214, 0.0176, 0.0324)
    first_by_class = table(word_class(q), 0.314, 5.01, 0.856, 3.79, 2.81, 6.43, 3.47, 7.97, 4.02, 3.76, 0.315, 3.49, 0.705)
    prev_by_class = table(word_class(q), 1.64, 14.3, 0.142, 0.209, 3.66, 0.0743, 0.11, 0.0922, 0.0618, 0.0527, 4.11, 0.651, 0.106)
    return key_class + (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 11.5 * (k == 0) + 1.52 * decay(q - k, 3.0) + 1.26 * (k == 0 and is_word_start(q)) + 13.7 * (token(k) == 260) + 16.2 * (token(k) == 216 and count(k) == 1)
