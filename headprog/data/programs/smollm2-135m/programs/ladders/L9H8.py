"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H8
label: explanation ladder
source: ladder of L9H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3447 rung2_heldout_iou=0.4176 rung3_heldout_iou=0.5127 rung5_heldout_iou=0.5447 rung8_heldout_iou=0.6024 full_heldout_iou=0.6153 uniform_heldout_iou=0.2003
"""


@program(normalize="weights", fallback="first", head="L9H8", label="1 term")
def L9H8_1(q, k):
    """Rung 1 of L9H8: token sink ' the'. Held-out IoU 0.345. Token sinks: sink ' the'"""
    return 4.56 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H8", label="2 terms")
def L9H8_2(q, k):
    """Rung 2 of L9H8: token sink ' the' + first token (sink). Held-out IoU 0.418. Token sinks: sink ' the'"""
    return 5.24 * (k == 0) + 4.78 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H8", label="3 terms")
def L9H8_3(q, k):
    """Rung 3 of L9H8: token sink ' the' + first token (sink) + local window. Held-out IoU 0.513. Token sinks: sink ' the'"""
    return 6.8 * (k == 0) + 1.16 * decay(q - k, 3.0) + 5.04 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H8", label="5 terms")
def L9H8_5(q, k):
    """Rung 5 of L9H8: token sink ' the' + first token (sink) + local window + token sink ' ' + word-class preference. Held-out IoU 0.545. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0171, 0.00741, 0.0612, 0.018, 0.0156, 0.0229, 0.0614, 0.0217, 0.0324, 0.0933, 0.017, 0.0101, 0.0505)
    return key_class + 6.9 * (k == 0) + 0.934 * decay(q - k, 3.0) + 5.7 * (token(k) == 260) + 6.35 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H8", label="8 terms")
def L9H8_8(q, k):
    """Rung 8 of L9H8: token sink ' the' + first token (sink) + local window + token sink ' ' + word-class preference + first token (sink) + current token + first token (sink). Held-out IoU 0.602. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0229, 0.00855, 0.0771, 0.024, 0.021, 0.0269, 0.0616, 0.0216, 0.0304, 0.0811, 0.0177, 0.0163, 0.0491)
    first_by_class = table(word_class(q), 1.16, 6.34, 0.255, 0.657, 1.17, 1.4, 1.65, 3.85, 1.93, 0.35, 0.0897, 3.06, 0.101)
    self_by_class = table(word_class(q), 1.61, 0.875, 2.1, 2.9, 5.94, 7.84, 3.92, 0.174, 6.66, 19.7, 4.94, 0.492, 17.0)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 3.84 * (k == 0) + 0.834 * decay(q - k, 3.0) + 7.51 * ((k == 0) * decay(q, 32.0)) + 6.7 * (token(k) == 260) + 10.1 * (token(k) == 216 and count(k) == 1)
