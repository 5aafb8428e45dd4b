"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H7
label: explanation ladder
source: ladder of L7H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5422 rung2_heldout_iou=0.5783 rung3_heldout_iou=0.6270 rung5_heldout_iou=0.6458 rung8_heldout_iou=0.6497 full_heldout_iou=0.6623 uniform_heldout_iou=0.0945
"""


@program(normalize="weights", fallback="first", head="L7H7", label="1 term")
def L7H7_1(q, k):
    """Rung 1 of L7H7: token sink ' the'. Held-out IoU 0.542. Token sinks: sink ' the'"""
    return 62.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H7", label="2 terms")
def L7H7_2(q, k):
    """Rung 2 of L7H7: token sink ' the' + first token (sink). Held-out IoU 0.578. Token sinks: sink ' the'"""
    return 61.7 * ((k == 0) * decay(q, 32.0)) + 59.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H7", label="3 terms")
def L7H7_3(q, k):
    """Rung 3 of L7H7: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.627. Token sinks: first ' '; sink ' the'"""
    return 79.1 * ((k == 0) * decay(q, 32.0)) + 81.1 * (token(k) == 260) + 84.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H7", label="5 terms")
def L7H7_5(q, k):
    """Rung 5 of L7H7: token sink ' the' + first token (sink) + token sink ' ' + current token + first token (sink). Held-out IoU 0.646. Token sinks: first ' '; sink ' the'"""
    return 2.1 * (k == q) + 56.3 * ((k == 0) * decay(q, 32.0)) + 21.4 * (k == 0 and is_word_start(q)) + 83.1 * (token(k) == 260) + 84.3 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H7", label="8 terms")
def L7H7_8(q, k):
    """Rung 8 of L7H7: token sink ' the' + first token (sink) + token sink ' ' + current token + first token (sink) + first token (sink) + induction + word-class preference. Held-out IoU 0.650. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.45, 15.6, 1.13, 1.37, 7.9, 1.27, 13.9, 14.6, 1.36, 17.8, 0.743, 14.6, 11.2)
    return (k == 0) * first_by_class + 2.32 * (k == q) + 49.7 * ((k == 0) * decay(q, 32.0)) + 20.9 * (k == 0 and is_word_start(q)) + 0.0394 * (k == prev_occurrence(q) + 1) + 0.0139 * (k == last(is_function_word, q)) + 84.8 * (token(k) == 260) + 85.3 * (token(k) == 216 and count(k) == 1)
