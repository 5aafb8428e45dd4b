"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H0
label: explanation ladder
source: ladder of L3H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4782 rung2_heldout_iou=0.5410 rung3_heldout_iou=0.5774 rung5_heldout_iou=0.5971 rung8_heldout_iou=0.5993 full_heldout_iou=0.6084 uniform_heldout_iou=0.1205
"""


@program(normalize="weights", fallback="first", head="L3H0", label="1 term")
def L3H0_1(q, k):
    """Rung 1 of L3H0: token sink ' the'. Held-out IoU 0.478. Token sinks: sink ' the'"""
    return 43.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H0", label="2 terms")
def L3H0_2(q, k):
    """Rung 2 of L3H0: token sink ' the' + first token (sink). Held-out IoU 0.541. Token sinks: sink ' the'"""
    return 29.3 * (k == 0) + 44.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H0", label="3 terms")
def L3H0_3(q, k):
    """Rung 3 of L3H0: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.577. Token sinks: sink ' '; sink ' the'"""
    return 30.2 * (k == 0) + 42.7 * (token(k) == 260) + 41.8 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L3H0", label="5 terms")
def L3H0_5(q, k):
    """Rung 5 of L3H0: token sink ' the' + first token (sink) + token sink ' ' + current token + local window. Held-out IoU 0.597. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0556, 0.0773, 3.15, 0.266, 0.157, 4.42, 1.45, 3.78, 5.49, 6.13, 1.43, 0.193, 10.6)
    return (k == q) * self_by_class + 33.4 * (k == 0) + 0.406 * decay(q - k, 3.0) + 49.2 * (token(k) == 260) + 41.8 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L3H0", label="8 terms")
def L3H0_8(q, k):
    """Rung 8 of L3H0: token sink ' the' + first token (sink) + token sink ' ' + current token + local window + previous token + local window + sentence start. Held-out IoU 0.599. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0556, 0.0774, 3.12, 0.254, 0.158, 4.42, 1.46, 3.53, 5.6, 6.18, 1.36, 0.193, 11.2)
    prev_by_class = table(word_class(q), 0.216, 0.0519, 3.12, 2.03, 0.0715, 0.782, 0.38, 3.45, 0.077, 0.0785, 16.0, 0.398, 3.94)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 35.1 * (k == 0) + 0.0136 * (k >= sentence_start(q)) + 0.366 * decay(q - k, 3.0) + 0.00864 * decay(q - k, 10.0) + 51.4 * (token(k) == 260) + 45.5 * (token(k) == 216)
