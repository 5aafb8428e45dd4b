"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H1
label: explanation ladder
source: ladder of L7H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5618 rung2_heldout_iou=0.6201 rung3_heldout_iou=0.6761 rung5_heldout_iou=0.6889 rung8_heldout_iou=0.6892 full_heldout_iou=0.6897 uniform_heldout_iou=0.1003
"""


@program(normalize="weights", fallback="first", head="L7H1", label="1 term")
def L7H1_1(q, k):
    """Rung 1 of L7H1: token sink ' the'. Held-out IoU 0.562. Token sinks: sink ' the'"""
    return 48.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H1", label="2 terms")
def L7H1_2(q, k):
    """Rung 2 of L7H1: token sink ' the' + first token (sink). Held-out IoU 0.620. Token sinks: sink ' the'"""
    return 29.9 * (k == 0) + 54.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H1", label="3 terms")
def L7H1_3(q, k):
    """Rung 3 of L7H1: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.676. Token sinks: first ' '; sink ' the'"""
    return 36.1 * (k == 0) + 60.7 * (token(k) == 260) + 62.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H1", label="5 terms")
def L7H1_5(q, k):
    """Rung 5 of L7H1: token sink ' the' + first token (sink) + token sink ' ' + current token + word-class preference. Held-out IoU 0.689. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0193, 0.00789, 0.0291, 0.0255, 0.0316, 0.0385, 0.238, 0.0554, 0.0405, 0.333, 0.02, 0.0145, 0.428)
    self_by_class = table(word_class(q), 0.0448, 0.0458, 0.758, 0.433, 0.0634, 0.497, 0.313, 0.25, 0.546, 21.3, 0.0663, 0.075, 5.71)
    return key_class + (k == q) * self_by_class + 34.6 * (k == 0) + 57.9 * (token(k) == 260) + 57.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H1", label="8 terms")
def L7H1_8(q, k):
    """Rung 8 of L7H1: token sink ' the' + first token (sink) + token sink ' ' + current token + word-class preference + word-class preference + local window + induction. Held-out IoU 0.689. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0171, 0.00788, 0.0234, 0.0254, 0.0264, 0.0379, 0.237, 0.0549, 0.0391, 0.332, 0.02, 0.0144, 0.419)
    self_by_class = table(word_class(q), 0.0447, 0.0458, 0.76, 0.43, 0.0615, 0.495, 0.313, 0.25, 0.545, 21.4, 0.0664, 0.075, 5.71)
    return key_class + (k == q) * self_by_class + 0.0288 * (k == q - 2) + 34.8 * (k == 0) + 0.0581 * (k == prev_occurrence(q) + 1) + 0.0594 * (k == last(is_function_word, q)) + 58.6 * (token(k) == 260) + 57.7 * (token(k) == 216 and count(k) == 1)
