"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H3
label: explanation ladder
source: ladder of L5H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5563 rung2_heldout_iou=0.6160 rung3_heldout_iou=0.6669 rung5_heldout_iou=0.6782 rung8_heldout_iou=0.6832 full_heldout_iou=0.6836 uniform_heldout_iou=0.1063
"""


@program(normalize="weights", fallback="first", head="L5H3", label="1 term")
def L5H3_1(q, k):
    """Rung 1 of L5H3: token sink ' the'. Held-out IoU 0.556. Token sinks: sink ' the'"""
    return 39.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H3", label="2 terms")
def L5H3_2(q, k):
    """Rung 2 of L5H3: token sink ' the' + first token (sink). Held-out IoU 0.616. Token sinks: sink ' the'"""
    return 31.7 * (k == 0) + 50.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H3", label="3 terms")
def L5H3_3(q, k):
    """Rung 3 of L5H3: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.667. Token sinks: first ' '; sink ' the'"""
    return 36.2 * (k == 0) + 59.0 * (token(k) == 260) + 56.9 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H3", label="5 terms")
def L5H3_5(q, k):
    """Rung 5 of L5H3: token sink ' the' + first token (sink) + token sink ' ' + token sink ' the' + word-class preference. Held-out IoU 0.678. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0556, 0.0192, 0.0975, 0.089, 0.0707, 0.104, 0.473, 0.0945, 0.0945, 0.246, 0.192, 0.0401, 0.0752)
    return key_class + 45.1 * (k == 0) + 39.1 * (token(k) == 260) + 59.1 * (token(k) == 260 and count(k) == 1) + 74.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H3", label="8 terms")
def L5H3_8(q, k):
    """Rung 8 of L5H3: token sink ' the' + first token (sink) + token sink ' ' + token sink ' the' + word-class preference + first token (sink) + current token + duplicate token. Held-out IoU 0.683. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0575, 0.0193, 0.0972, 0.0887, 0.0709, 0.102, 0.481, 0.0947, 0.0929, 0.205, 0.193, 0.0402, 0.075)
    self_by_class = table(word_class(q), 0.0216, 0.041, 0.255, 0.14, 0.0514, 1.67, 0.412, 0.592, 3.05, 11.2, 5.38, 0.06, 4.25)
    return key_class + (k == q) * self_by_class + 43.3 * (k == 0) + 1.91 * (k < q and token(k) == token(q)) + 13.1 * ((k == 0) * decay(q, 32.0)) + 40.2 * (token(k) == 260) + 62.2 * (token(k) == 260 and count(k) == 1) + 79.5 * (token(k) == 216 and count(k) == 1)
