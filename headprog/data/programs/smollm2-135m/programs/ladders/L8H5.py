"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H5
label: explanation ladder
source: ladder of L8H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5352 rung2_heldout_iou=0.6043 rung3_heldout_iou=0.6549 rung5_heldout_iou=0.6686 full_heldout_iou=0.6709 uniform_heldout_iou=0.1065
"""


@program(normalize="weights", fallback="first", head="L8H5", label="1 term")
def L8H5_1(q, k):
    """Rung 1 of L8H5: token sink ' the'. Held-out IoU 0.535. Token sinks: sink ' the'"""
    return 44.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H5", label="2 terms")
def L8H5_2(q, k):
    """Rung 2 of L8H5: token sink ' the' + first token (sink). Held-out IoU 0.604. Token sinks: sink ' the'"""
    return 37.4 * (k == 0) + 54.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H5", label="3 terms")
def L8H5_3(q, k):
    """Rung 3 of L8H5: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.655. Token sinks: first ' '; sink ' the'"""
    return 41.5 * (k == 0) + 59.6 * (token(k) == 260) + 67.6 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H5", label="5 terms")
def L8H5_5(q, k):
    """Rung 5 of L8H5: token sink ' the' + first token (sink) + token sink ' ' + current token + local window. Held-out IoU 0.669. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.033, 0.0392, 1.93, 1.57, 0.0867, 4.01, 3.29, 1.92, 2.47, 4.09, 0.107, 0.0697, 2.0)
    return (k == q) * self_by_class + 40.9 * (k == 0) + 0.0836 * decay(q - k, 10.0) + 59.2 * (token(k) == 260) + 54.3 * (token(k) == 216 and count(k) == 1)
