"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H1
label: explanation ladder
source: ladder of L3H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5206 rung2_heldout_iou=0.5847 rung3_heldout_iou=0.6397 rung5_heldout_iou=0.6526 full_heldout_iou=0.6585 uniform_heldout_iou=0.1076
"""


@program(normalize="weights", fallback="first", head="L3H1", label="1 term")
def L3H1_1(q, k):
    """Rung 1 of L3H1: token sink ' the'. Held-out IoU 0.521. Token sinks: sink ' the'"""
    return 41.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H1", label="2 terms")
def L3H1_2(q, k):
    """Rung 2 of L3H1: token sink ' the' + first token (sink). Held-out IoU 0.585. Token sinks: sink ' the'"""
    return 36.7 * (k == 0) + 56.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H1", label="3 terms")
def L3H1_3(q, k):
    """Rung 3 of L3H1: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.640. Token sinks: first ' '; sink ' the'"""
    return 41.0 * (k == 0) + 58.6 * (token(k) == 260) + 75.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L3H1", label="5 terms")
def L3H1_5(q, k):
    """Rung 5 of L3H1: token sink ' the' + first token (sink) + token sink ' ' + token sink ' the' + current token. Held-out IoU 0.653. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0822, 0.0397, 2.67, 2.84, 0.515, 3.09, 2.45, 3.06, 5.39, 9.74, 0.0634, 0.156, 5.11)
    return (k == q) * self_by_class + 46.7 * (k == 0) + 44.1 * (token(k) == 260) + 31.8 * (token(k) == 260 and count(k) == 1) + 84.0 * (token(k) == 216 and count(k) == 1)
