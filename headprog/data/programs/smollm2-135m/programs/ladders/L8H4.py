"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H4
label: explanation ladder
source: ladder of L8H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5179 rung2_heldout_iou=0.5860 rung3_heldout_iou=0.6368 rung5_heldout_iou=0.6515 rung8_heldout_iou=0.6575 full_heldout_iou=0.6589 uniform_heldout_iou=0.1070
"""


@program(normalize="weights", fallback="first", head="L8H4", label="1 term")
def L8H4_1(q, k):
    """Rung 1 of L8H4: token sink ' the'. Held-out IoU 0.518. Token sinks: sink ' the'"""
    return 37.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H4", label="2 terms")
def L8H4_2(q, k):
    """Rung 2 of L8H4: token sink ' the' + first token (sink). Held-out IoU 0.586. Token sinks: sink ' the'"""
    return 30.8 * (k == 0) + 43.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H4", label="3 terms")
def L8H4_3(q, k):
    """Rung 3 of L8H4: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.637. Token sinks: first ' '; sink ' the'"""
    return 35.0 * (k == 0) + 48.3 * (token(k) == 260) + 62.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H4", label="5 terms")
def L8H4_5(q, k):
    """Rung 5 of L8H4: token sink ' the' + first token (sink) + token sink ' ' + current token + token sink ' the'. Held-out IoU 0.651. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0658, 0.0869, 0.407, 3.26, 0.133, 15.4, 0.254, 2.86, 4.56, 6.56, 0.234, 0.158, 9.29)
    return (k == q) * self_by_class + 43.1 * (k == 0) + 35.2 * (token(k) == 260) + 37.7 * (token(k) == 260 and count(k) == 1) + 70.1 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H4", label="8 terms")
def L8H4_8(q, k):
    """Rung 8 of L8H4: token sink ' the' + first token (sink) + token sink ' ' + current token + token sink ' the' + first token (sink) + word-class preference + duplicate token. Held-out IoU 0.657. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0184, 0.00867, 0.0854, 0.113, 0.0511, 0.0361, 0.411, 0.0767, 0.091, 0.163, 0.0219, 0.0124, 0.201)
    self_by_class = table(word_class(q), 0.0635, 0.052, 0.407, 3.64, 0.133, 18.1, 0.254, 2.86, 4.91, 6.71, 0.235, 0.159, 11.9)
    return key_class + (k == q) * self_by_class + 40.4 * (k == 0) + 2.92 * (k < q and token(k) == token(q)) + 17.0 * ((k == 0) * decay(q, 32.0)) + 34.2 * (token(k) == 260) + 42.5 * (token(k) == 260 and count(k) == 1) + 76.7 * (token(k) == 216 and count(k) == 1)
