"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H1
label: explanation ladder
source: ladder of L6H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5382 rung2_heldout_iou=0.5990 rung3_heldout_iou=0.6508 rung5_heldout_iou=0.6693 rung8_heldout_iou=0.6711 full_heldout_iou=0.6721 uniform_heldout_iou=0.1086
"""


@program(normalize="weights", fallback="first", head="L6H1", label="1 term")
def L6H1_1(q, k):
    """Rung 1 of L6H1: token sink ' the'. Held-out IoU 0.538. Token sinks: sink ' the'"""
    return 35.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H1", label="2 terms")
def L6H1_2(q, k):
    """Rung 2 of L6H1: token sink ' the' + first token (sink). Held-out IoU 0.599. Token sinks: sink ' the'"""
    return 25.6 * (k == 0) + 43.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H1", label="3 terms")
def L6H1_3(q, k):
    """Rung 3 of L6H1: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.651. Token sinks: first ' '; sink ' the'"""
    return 29.5 * (k == 0) + 49.4 * (token(k) == 260) + 49.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H1", label="5 terms")
def L6H1_5(q, k):
    """Rung 5 of L6H1: token sink ' the' + first token (sink) + token sink ' ' + current token + token sink ' the'. Held-out IoU 0.669. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0718, 0.0935, 3.3, 1.59, 0.128, 1.17, 0.482, 1.08, 4.24, 21.6, 8.28, 0.268, 8.65)
    return (k == q) * self_by_class + 37.5 * (k == 0) + 32.2 * (token(k) == 260) + 44.4 * (token(k) == 260 and count(k) == 1) + 61.1 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H1", label="8 terms")
def L6H1_8(q, k):
    """Rung 8 of L6H1: token sink ' the' + first token (sink) + token sink ' ' + current token + token sink ' the' + first token (sink) + word-class preference + local window. Held-out IoU 0.671. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0254, 0.012, 0.0835, 0.0536, 0.0463, 0.0464, 0.324, 0.0867, 0.131, 0.165, 0.116, 0.0211, 0.166)
    self_by_class = table(word_class(q), 0.0324, 0.0426, 3.81, 1.59, 0.0973, 1.17, 0.482, 1.08, 4.26, 26.8, 10.9, 0.128, 8.84)
    return key_class + (k == q) * self_by_class + 37.1 * (k == 0) + 0.0615 * decay(q - k, 3.0) + 16.1 * ((k == 0) * decay(q, 32.0)) + 36.1 * (token(k) == 260) + 51.8 * (token(k) == 260 and count(k) == 1) + 74.1 * (token(k) == 216 and count(k) == 1)
