"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H5
label: explanation ladder
source: ladder of L5H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5830 rung2_heldout_iou=0.6419 rung3_heldout_iou=0.6945 rung5_heldout_iou=0.7022 rung8_heldout_iou=0.7050 full_heldout_iou=0.7051 uniform_heldout_iou=0.0939
"""


@program(normalize="weights", fallback="first", head="L5H5", label="1 term")
def L5H5_1(q, k):
    """Rung 1 of L5H5: token sink ' the'. Held-out IoU 0.583. Token sinks: sink ' the'"""
    return 53.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H5", label="2 terms")
def L5H5_2(q, k):
    """Rung 2 of L5H5: token sink ' the' + first token (sink). Held-out IoU 0.642. Token sinks: sink ' the'"""
    return 36.7 * (k == 0) + 62.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H5", label="3 terms")
def L5H5_3(q, k):
    """Rung 3 of L5H5: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.695. Token sinks: first ' '; sink ' the'"""
    return 41.0 * (k == 0) + 69.9 * (token(k) == 260) + 65.4 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H5", label="5 terms")
def L5H5_5(q, k):
    """Rung 5 of L5H5: token sink ' the' + first token (sink) + token sink ' ' + previous token + token sink ' the'. Held-out IoU 0.702. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0764, 0.0885, 0.237, 0.266, 0.112, 0.242, 0.202, 0.282, 0.242, 0.197, 181.0, 0.158, 2.84)
    return (k == q - 1) * prev_by_class + 48.1 * (k == 0) + 49.0 * (token(k) == 260) + 57.3 * (token(k) == 260 and count(k) == 1) + 82.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H5", label="8 terms")
def L5H5_8(q, k):
    """Rung 8 of L5H5: token sink ' the' + first token (sink) + token sink ' ' + previous token + token sink ' the' + first token (sink) + word-class preference + current token. Held-out IoU 0.705. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.027, 0.013, 0.0552, 0.0519, 0.0583, 0.0348, 0.413, 0.0825, 0.0503, 0.224, 0.323, 0.022, 0.0983)
    self_by_class = table(word_class(q), 0.0283, 0.0449, 0.447, 0.411, 0.0573, 0.936, 0.309, 0.111, 0.383, 2.99, 20.4, 0.0811, 4.86)
    prev_by_class = table(word_class(q), 0.0352, 0.0496, 0.237, 0.266, 0.0576, 0.242, 0.2, 0.203, 0.243, 0.107, 215.0, 0.076, 1.6)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 48.5 * (k == 0) + 19.1 * ((k == 0) * decay(q, 32.0)) + 53.6 * (token(k) == 260) + 68.8 * (token(k) == 260 and count(k) == 1) + 93.2 * (token(k) == 216 and count(k) == 1)
