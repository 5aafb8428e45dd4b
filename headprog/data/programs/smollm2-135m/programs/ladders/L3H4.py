"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H4
label: explanation ladder
source: ladder of L3H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4550 rung2_heldout_iou=0.5352 rung3_heldout_iou=0.5791 rung5_heldout_iou=0.6107 rung8_heldout_iou=0.6163 full_heldout_iou=0.6187 uniform_heldout_iou=0.1293
"""


@program(normalize="weights", fallback="first", head="L3H4", label="1 term")
def L3H4_1(q, k):
    """Rung 1 of L3H4: token sink ' the'. Held-out IoU 0.455. Token sinks: sink ' the'"""
    return 25.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H4", label="2 terms")
def L3H4_2(q, k):
    """Rung 2 of L3H4: token sink ' the' + first token (sink). Held-out IoU 0.535. Token sinks: sink ' the'"""
    return 27.7 * (k == 0) + 29.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H4", label="3 terms")
def L3H4_3(q, k):
    """Rung 3 of L3H4: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.579. Token sinks: first ' '; sink ' the'"""
    return 29.8 * (k == 0) + 31.7 * (token(k) == 260) + 43.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L3H4", label="5 terms")
def L3H4_5(q, k):
    """Rung 5 of L3H4: token sink ' the' + first token (sink) + token sink ' ' + local window + word-class preference. Held-out IoU 0.611. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00239, 0.00376, 0.0267, 0.0116, 0.00825, 0.0698, 0.0771, 0.0347, 0.384, 1.35, 0.00591, 0.00687, 0.752)
    return key_class + 31.5 * (k == 0) + 0.394 * decay(q - k, 3.0) + 35.2 * (token(k) == 260) + 40.1 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L3H4", label="8 terms")
def L3H4_8(q, k):
    """Rung 8 of L3H4: token sink ' the' + first token (sink) + token sink ' ' + local window + word-class preference + previous token + first token (sink) + local window. Held-out IoU 0.616. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00238, 0.00375, 0.0232, 0.0114, 0.00812, 0.0666, 0.0748, 0.0346, 0.344, 1.34, 0.0059, 0.00684, 0.736)
    prev_by_class = table(word_class(q), 2.29, 0.223, 1.04, 1.09, 0.108, 0.742, 0.272, 1.45, 0.0721, 0.0603, 0.0992, 3.03, 3.14)
    return key_class + (k == q - 1) * prev_by_class + 30.8 * (k == 0) + 0.336 * decay(q - k, 3.0) + 0.00638 * decay(q - k, 10.0) + 2.21 * (k == 0 and is_word_start(q)) + 36.7 * (token(k) == 260) + 42.5 * (token(k) == 216 and count(k) == 1)
