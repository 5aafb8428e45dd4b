"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H7
label: explanation ladder
source: ladder of L4H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4754 rung2_heldout_iou=0.5235 rung3_heldout_iou=0.5651 rung5_heldout_iou=0.5946 rung8_heldout_iou=0.5998 full_heldout_iou=0.6009 uniform_heldout_iou=0.1359
"""


@program(normalize="weights", fallback="first", head="L4H7", label="1 term")
def L4H7_1(q, k):
    """Rung 1 of L4H7: token sink ' the'. Held-out IoU 0.475. Token sinks: sink ' the'"""
    return 27.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H7", label="2 terms")
def L4H7_2(q, k):
    """Rung 2 of L4H7: token sink ' the' + first token (sink). Held-out IoU 0.523. Token sinks: sink ' the'"""
    return 15.5 * (k == 0) + 30.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H7", label="3 terms")
def L4H7_3(q, k):
    """Rung 3 of L4H7: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.565. Token sinks: first ' '; sink ' the'"""
    return 18.7 * (k == 0) + 38.2 * (token(k) == 260) + 31.0 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H7", label="5 terms")
def L4H7_5(q, k):
    """Rung 5 of L4H7: token sink ' the' + first token (sink) + token sink ' ' + previous token + current token. Held-out IoU 0.595. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0635, 0.0396, 0.284, 0.487, 0.1, 11.2, 1.75, 0.513, 12.4, 27.9, 0.189, 0.153, 4.97)
    prev_by_class = table(word_class(q), 0.0736, 0.0759, 0.827, 0.605, 0.274, 40.0, 1.97, 1.75, 14.7, 10.2, 0.507, 0.179, 20.7)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 19.0 * (k == 0) + 35.8 * (token(k) == 260) + 30.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H7", label="8 terms")
def L4H7_8(q, k):
    """Rung 8 of L4H7: token sink ' the' + first token (sink) + token sink ' ' + previous token + current token + word-class preference + first token (sink) + induction. Held-out IoU 0.600. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0241, 0.00819, 0.0215, 0.0245, 0.0273, 0.0326, 0.109, 0.0598, 0.0481, 0.0769, 0.0249, 0.0208, 0.0488)
    self_by_class = table(word_class(q), 0.0631, 0.0295, 0.28, 0.356, 0.0585, 9.73, 1.73, 0.438, 11.8, 23.6, 0.188, 0.132, 4.97)
    prev_by_class = table(word_class(q), 0.0542, 0.0353, 0.657, 0.484, 0.274, 32.8, 1.96, 1.79, 13.1, 9.91, 0.507, 0.168, 20.7)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 17.9 * (k == 0) + 0.0813 * (k == 1) + 0.152 * (k == prev_occurrence(q) + 1) + 34.2 * (token(k) == 260) + 28.6 * (token(k) == 216 and count(k) == 1)
