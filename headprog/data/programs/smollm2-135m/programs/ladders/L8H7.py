"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H7
label: explanation ladder
source: ladder of L8H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2980 rung2_heldout_iou=0.4837 rung3_heldout_iou=0.5136 rung5_heldout_iou=0.5361 rung8_heldout_iou=0.5499 full_heldout_iou=0.5610 uniform_heldout_iou=0.3015
"""


@program(normalize="weights", fallback="first", head="L8H7", label="1 term")
def L8H7_1(q, k):
    """Rung 1 of L8H7: local window. Held-out IoU 0.298"""
    return 0.902 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L8H7", label="2 terms")
def L8H7_2(q, k):
    """Rung 2 of L8H7: local window + first token (sink). Held-out IoU 0.484"""
    return 0.75 * decay(q - k, 10.0) + 10.6 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L8H7", label="3 terms")
def L8H7_3(q, k):
    """Rung 3 of L8H7: local window + first token (sink) + token sink ' the'. Held-out IoU 0.514. Token sinks: sink ' the'"""
    return 0.919 * decay(q - k, 10.0) + 13.1 * ((k == 0) * decay(q, 32.0)) + 3.68 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H7", label="5 terms")
def L8H7_5(q, k):
    """Rung 5 of L8H7: local window + first token (sink) + token sink ' the' + token sink ' ' + word-class preference. Held-out IoU 0.536. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0839, 0.0364, 0.0761, 0.0473, 0.0544, 0.023, 0.333, 0.0501, 0.204, 0.928, 0.0289, 0.0521, 0.385)
    return key_class + 0.793 * decay(q - k, 10.0) + 13.2 * ((k == 0) * decay(q, 32.0)) + 5.27 * (token(k) == 260) + 6.73 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H7", label="8 terms")
def L8H7_8(q, k):
    """Rung 8 of L8H7: local window + first token (sink) + token sink ' the' + token sink ' ' + word-class preference + first token (sink) + first token (sink) + token sink ' the'. Held-out IoU 0.550. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0832, 0.0347, 0.0775, 0.0451, 0.0525, 0.0207, 0.326, 0.0492, 0.2, 0.9, 0.0287, 0.0477, 0.381)
    first_by_class = table(word_class(q), 0.26, 4.58, 0.614, 0.401, 3.19, 4.39, 2.55, 3.78, 1.35, 4.57, 0.0775, 0.742, 0.152)
    return key_class + (k == 0) * first_by_class + 0.945 * decay(q - k, 10.0) + 11.5 * ((k == 0) * decay(q, 32.0)) + 1.03 * (k == 0 and is_word_start(q)) + 2.73 * (token(k) == 260) + 3.9 * (token(k) == 260 and count(k) == 1) + 7.81 * (token(k) == 216 and count(k) == 1)
