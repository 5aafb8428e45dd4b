"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H6
label: explanation ladder
source: ladder of L10H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3631 rung2_heldout_iou=0.4035 rung3_heldout_iou=0.4226 rung5_heldout_iou=0.4542 rung8_heldout_iou=0.4872 full_heldout_iou=0.4875 uniform_heldout_iou=0.3096
"""


@program(normalize="weights", fallback="first", head="L10H6", label="1 term")
def L10H6_1(q, k):
    """Rung 1 of L10H6: local window. Held-out IoU 0.363"""
    return 2.14 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H6", label="2 terms")
def L10H6_2(q, k):
    """Rung 2 of L10H6: local window + token sink ' the'. Held-out IoU 0.404. Token sinks: sink ' the'"""
    return 2.14 * decay(q - k, 3.0) + 3.49 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H6", label="3 terms")
def L10H6_3(q, k):
    """Rung 3 of L10H6: local window + token sink ' the' + first token (sink). Held-out IoU 0.423. Token sinks: sink ' the'"""
    return 1.23 * (k == 0) + 2.18 * decay(q - k, 3.0) + 3.79 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H6", label="5 terms")
def L10H6_5(q, k):
    """Rung 5 of L10H6: local window + token sink ' the' + first token (sink) + token sink ' ' + previous token. Held-out IoU 0.454. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.412, 2.98, 9.65, 4.35, 9.2, 0.0585, 0.0613, 3.67, 0.126, 0.0557, 0.107, 0.413, 5.34)
    return (k == q - 1) * prev_by_class + 1.76 * (k == 0) + 2.35 * decay(q - k, 3.0) + 4.53 * (token(k) == 260) + 5.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L10H6", label="8 terms")
def L10H6_8(q, k):
    """Rung 8 of L10H6: local window + token sink ' the' + first token (sink) + token sink ' ' + previous token + current token + word-class preference + token sink ' the'. Held-out IoU 0.487. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.068, 0.0684, 0.0905, 0.045, 0.0249, 0.0275, 0.0938, 0.0224, 0.0701, 0.328, 0.0102, 0.06, 0.258)
    self_by_class = table(word_class(q), 2.32, 3.57, 2.21, 0.0786, 2.19, 0.911, 0.6, 0.0815, 0.235, 1.68, 0.0513, 5.83, 0.129)
    prev_by_class = table(word_class(q), 0.621, 3.6, 12.9, 4.37, 12.8, 0.0686, 0.062, 3.76, 0.127, 0.0558, 0.228, 0.856, 5.39)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 2.17 * (k == 0) + 1.95 * decay(q - k, 3.0) + 2.84 * (token(k) == 260) + 3.56 * (token(k) == 260 and count(k) == 1) + 5.71 * (token(k) == 216 and count(k) == 1)
