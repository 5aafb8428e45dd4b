"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H2
label: explanation ladder
source: ladder of L10H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2949 rung2_heldout_iou=0.3491 rung3_heldout_iou=0.3919 rung5_heldout_iou=0.4182 rung8_heldout_iou=0.4526 full_heldout_iou=0.4645 uniform_heldout_iou=0.2355
"""


@program(normalize="weights", fallback="first", head="L10H2", label="1 term")
def L10H2_1(q, k):
    """Rung 1 of L10H2: local window. Held-out IoU 0.295"""
    return 0.947 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H2", label="2 terms")
def L10H2_2(q, k):
    """Rung 2 of L10H2: local window + token sink ' the'. Held-out IoU 0.349. Token sinks: sink ' the'"""
    return 1.29 * decay(q - k, 3.0) + 3.74 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H2", label="3 terms")
def L10H2_3(q, k):
    """Rung 3 of L10H2: local window + token sink ' the' + previous token. Held-out IoU 0.392. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.0, 0.611, 93.1, 9.68, 4.0, 0.0548, 0.13, 4.15, 0.0568, 0.0474, 0.419, 1.51, 0.184)
    return (k == q - 1) * prev_by_class + 1.25 * decay(q - k, 3.0) + 4.81 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H2", label="5 terms")
def L10H2_5(q, k):
    """Rung 5 of L10H2: local window + token sink ' the' + previous token + token sink ' ' + first token (sink). Held-out IoU 0.418. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.24, 0.52, 102.0, 9.71, 4.69, 0.0549, 0.131, 4.12, 0.0569, 0.0474, 0.418, 1.51, 0.169)
    return (k == q - 1) * prev_by_class + 0.61 * (k == 0) + 1.23 * decay(q - k, 3.0) + 5.4 * (token(k) == 260) + 4.38 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L10H2", label="8 terms")
def L10H2_8(q, k):
    """Rung 8 of L10H2: local window + token sink ' the' + previous token + token sink ' ' + first token (sink) + word-class preference + current token + local window. Held-out IoU 0.453. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00399, 0.00407, 0.0743, 0.0248, 0.00397, 0.0333, 0.0239, 0.0215, 0.179, 0.657, 0.00567, 0.0065, 0.44)
    self_by_class = table(word_class(q), 0.227, 0.0323, 27.2, 0.11, 0.761, 2.82, 3.02, 1.29, 2.03, 2.56, 0.0434, 0.35, 0.369)
    prev_by_class = table(word_class(q), 2.8, 0.831, 150.0, 9.83, 5.77, 0.121, 0.132, 4.17, 0.0571, 0.0474, 0.436, 1.58, 0.18)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.864 * (k == q - 2) + 0.689 * (k == 0) + 0.811 * decay(q - k, 3.0) + 6.57 * (token(k) == 260) + 5.87 * (token(k) == 216 and count(k) == 1)
