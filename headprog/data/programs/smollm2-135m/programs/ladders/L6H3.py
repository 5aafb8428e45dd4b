"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H3
label: explanation ladder
source: ladder of L6H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4071 rung2_heldout_iou=0.4951 rung3_heldout_iou=0.5868 rung5_heldout_iou=0.6208 rung8_heldout_iou=0.6252 full_heldout_iou=0.6279 uniform_heldout_iou=0.2069
"""


@program(normalize="weights", fallback="first", head="L6H3", label="1 term")
def L6H3_1(q, k):
    """Rung 1 of L6H3: token sink ' the'. Held-out IoU 0.407. Token sinks: sink ' the'"""
    return 13.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H3", label="2 terms")
def L6H3_2(q, k):
    """Rung 2 of L6H3: token sink ' the' + first token (sink). Held-out IoU 0.495. Token sinks: sink ' the'"""
    return 20.2 * (k == 0) + 17.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H3", label="3 terms")
def L6H3_3(q, k):
    """Rung 3 of L6H3: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.587. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.777, 0.259, 0.54, 0.333, 0.401, 0.308, 0.615, 0.307, 0.343, 0.876, 0.262, 0.452, 0.757)
    return key_class + 28.6 * (k == 0) + 24.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H3", label="5 terms")
def L6H3_5(q, k):
    """Rung 5 of L6H3: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + token sink ' the'. Held-out IoU 0.621. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.584, 0.29, 0.588, 0.344, 0.441, 0.321, 0.64, 0.318, 0.364, 0.945, 0.239, 0.476, 0.784)
    return key_class + 35.7 * (k == 0) + 18.8 * (token(k) == 260) + 21.8 * (token(k) == 260 and count(k) == 1) + 42.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H3", label="8 terms")
def L6H3_8(q, k):
    """Rung 8 of L6H3: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + token sink ' the' + first token (sink) + current token + induction. Held-out IoU 0.625. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.59, 0.304, 0.591, 0.346, 0.445, 0.323, 0.642, 0.321, 0.368, 0.952, 0.24, 0.48, 0.774)
    first_by_class = table(word_class(q), 0.515, 1.55, 1.24, 2.06, 8.28, 14.2, 0.45, 15.4, 10.8, 21.6, 0.582, 2.97, 15.3)
    return key_class + (k == 0) * first_by_class + 0.209 * (k == q) + 32.4 * (k == 0) + 0.109 * (k == prev_occurrence(q) + 1) + 18.9 * (token(k) == 260) + 22.2 * (token(k) == 260 and count(k) == 1) + 43.3 * (token(k) == 216 and count(k) == 1)
