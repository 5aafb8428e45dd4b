"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H4
label: explanation ladder
source: ladder of L5H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4776 rung2_heldout_iou=0.5334 rung3_heldout_iou=0.5765 rung5_heldout_iou=0.5942 rung8_heldout_iou=0.6062 full_heldout_iou=0.6073 uniform_heldout_iou=0.1400
"""


@program(normalize="weights", fallback="first", head="L5H4", label="1 term")
def L5H4_1(q, k):
    """Rung 1 of L5H4: token sink ' the'. Held-out IoU 0.478. Token sinks: sink ' the'"""
    return 28.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H4", label="2 terms")
def L5H4_2(q, k):
    """Rung 2 of L5H4: token sink ' the' + first token (sink). Held-out IoU 0.533. Token sinks: sink ' the'"""
    return 14.2 * (k == 0) + 26.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H4", label="3 terms")
def L5H4_3(q, k):
    """Rung 3 of L5H4: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.577. Token sinks: first ' '; sink ' the'"""
    return 21.0 * (k == 0) + 35.0 * (token(k) == 260) + 30.0 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H4", label="5 terms")
def L5H4_5(q, k):
    """Rung 5 of L5H4: token sink ' the' + first token (sink) + token sink ' ' + current token + first token (sink). Held-out IoU 0.594. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0438, 0.0297, 3.63, 0.794, 0.116, 3.46, 6.36, 0.491, 7.04, 29.8, 0.0568, 0.0763, 8.44)
    return (k == q) * self_by_class + 13.8 * (k == 0) + 12.4 * ((k == 0) * decay(q, 32.0)) + 34.1 * (token(k) == 260) + 32.8 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H4", label="8 terms")
def L5H4_8(q, k):
    """Rung 8 of L5H4: token sink ' the' + first token (sink) + token sink ' ' + current token + first token (sink) + sentence start + token sink ' the' + previous token. Held-out IoU 0.606. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0201, 0.0291, 4.0, 0.792, 0.116, 3.68, 7.02, 0.494, 7.44, 25.4, 0.0558, 0.0489, 8.47)
    prev_by_class = table(word_class(q), 0.0223, 0.0328, 2.26, 1.33, 0.129, 1.76, 1.74, 0.526, 2.57, 4.55, 0.0604, 0.0611, 6.45)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 16.1 * (k == 0) + 0.0854 * (k >= sentence_start(q)) + 15.5 * ((k == 0) * decay(q, 32.0)) + 23.2 * (token(k) == 260) + 24.9 * (token(k) == 260 and count(k) == 1) + 41.5 * (token(k) == 216 and count(k) == 1)
