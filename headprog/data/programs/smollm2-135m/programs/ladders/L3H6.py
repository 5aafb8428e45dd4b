"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H6
label: explanation ladder
source: ladder of L3H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3918 rung2_heldout_iou=0.4557 rung3_heldout_iou=0.4749 rung5_heldout_iou=0.4880 rung8_heldout_iou=0.6477 full_heldout_iou=0.6774 uniform_heldout_iou=0.2321
"""


@program(normalize="weights", fallback="first", head="L3H6", label="1 term")
def L3H6_1(q, k):
    """Rung 1 of L3H6: first token (sink). Held-out IoU 0.392"""
    return 0.462 * (k == 0)


@program(normalize="weights", fallback="first", head="L3H6", label="2 terms")
def L3H6_2(q, k):
    """Rung 2 of L3H6: first token (sink) + local window. Held-out IoU 0.456"""
    return 0.342 * (k == 0) + 0.0507 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L3H6", label="3 terms")
def L3H6_3(q, k):
    """Rung 3 of L3H6: first token (sink) + local window + token sink ' '. Held-out IoU 0.475. Token sinks: sink ' '"""
    return 0.434 * (k == 0) + 0.0681 * decay(q - k, 3.0) + 0.343 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L3H6", label="5 terms")
def L3H6_5(q, k):
    """Rung 5 of L3H6: first token (sink) + local window + token sink ' ' + local window + first token (sink). Held-out IoU 0.488. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.579, 11.0, 0.25, 0.654, 2.24, 0.983, 1.59, 1.81, 7.58, 7.23, 0.651, 0.632, 1.77)
    return (k == 0) * first_by_class + 0.0461 * (k == q - 2) + 0.461 * (k == 0) + 0.112 * decay(q - k, 3.0) + 0.587 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L3H6", label="8 terms")
def L3H6_8(q, k):
    """Rung 8 of L3H6: first token (sink) + local window + token sink ' ' + local window + first token (sink) + token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.648. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.195, 0.084, 0.235, 0.156, 0.111, 0.196, 0.312, 0.118, 0.328, 0.995, 0.0793, 0.183, 1.39)
    first_by_class = table(word_class(q), 0.561, 14.6, 0.118, 0.582, 2.88, 1.09, 3.21, 3.99, 8.86, 9.7, 1.46, 0.649, 3.96)
    return key_class + (k == 0) * first_by_class + 0.0696 * (k == q - 2) + 0.671 * (k == 0) + 0.0571 * decay(q - k, 3.0) + 7.93 * (k == 0 and is_word_start(q)) + 5.82 * (token(k) == 260) + 0.671 * (token(k) == 216)
