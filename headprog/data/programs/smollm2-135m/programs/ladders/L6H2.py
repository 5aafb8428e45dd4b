"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H2
label: explanation ladder
source: ladder of L6H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4855 rung2_heldout_iou=0.5371 rung3_heldout_iou=0.5813 rung5_heldout_iou=0.6009 rung8_heldout_iou=0.6014 full_heldout_iou=0.6034 uniform_heldout_iou=0.1257
"""


@program(normalize="weights", fallback="first", head="L6H2", label="1 term")
def L6H2_1(q, k):
    """Rung 1 of L6H2: token sink ' the'. Held-out IoU 0.485. Token sinks: sink ' the'"""
    return 24.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H2", label="2 terms")
def L6H2_2(q, k):
    """Rung 2 of L6H2: token sink ' the' + first token (sink). Held-out IoU 0.537. Token sinks: sink ' the'"""
    return 16.9 * (k == 0) + 31.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H2", label="3 terms")
def L6H2_3(q, k):
    """Rung 3 of L6H2: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.581. Token sinks: first ' '; sink ' the'"""
    return 22.0 * (k == 0) + 38.8 * (token(k) == 260) + 36.9 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H2", label="5 terms")
def L6H2_5(q, k):
    """Rung 5 of L6H2: token sink ' the' + first token (sink) + token sink ' ' + current token + word-class preference. Held-out IoU 0.601. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0246, 0.0055, 0.12, 0.0772, 0.0669, 0.0523, 0.347, 0.0675, 0.0871, 0.0582, 0.0225, 0.0106, 0.0335)
    self_by_class = table(word_class(q), 0.0212, 0.0312, 1.72, 0.84, 0.227, 3.54, 2.04, 2.06, 5.15, 11.4, 0.82, 0.0537, 3.47)
    return key_class + (k == q) * self_by_class + 21.2 * (k == 0) + 36.4 * (token(k) == 260) + 33.1 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H2", label="8 terms")
def L6H2_8(q, k):
    """Rung 8 of L6H2: token sink ' the' + first token (sink) + token sink ' ' + current token + word-class preference + induction + previous token + local window. Held-out IoU 0.601. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0239, 0.00548, 0.119, 0.0767, 0.0664, 0.052, 0.343, 0.0676, 0.0863, 0.0581, 0.0223, 0.0106, 0.0331)
    self_by_class = table(word_class(q), 0.0213, 0.0312, 1.72, 0.836, 0.222, 3.55, 1.97, 2.06, 5.22, 11.7, 0.82, 0.0537, 3.52)
    return key_class + (k == q) * self_by_class + 0.0262 * (k == q - 1) + 0.0215 * (k == q - 2) + 21.8 * (k == 0) + 0.19 * (k == prev_occurrence(q) + 1) + 37.2 * (token(k) == 260) + 34.1 * (token(k) == 216 and count(k) == 1)
