"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H0
label: explanation ladder
source: ladder of L6H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5383 rung2_heldout_iou=0.6035 rung3_heldout_iou=0.6550 rung5_heldout_iou=0.6720 full_heldout_iou=0.6766 uniform_heldout_iou=0.1122
"""


@program(normalize="weights", fallback="first", head="L6H0", label="1 term")
def L6H0_1(q, k):
    """Rung 1 of L6H0: token sink ' the'. Held-out IoU 0.538. Token sinks: sink ' the'"""
    return 26.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H0", label="2 terms")
def L6H0_2(q, k):
    """Rung 2 of L6H0: token sink ' the' + first token (sink). Held-out IoU 0.604. Token sinks: sink ' the'"""
    return 23.4 * (k == 0) + 35.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H0", label="3 terms")
def L6H0_3(q, k):
    """Rung 3 of L6H0: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.655. Token sinks: first ' '; sink ' the'"""
    return 26.6 * (k == 0) + 40.5 * (token(k) == 260) + 41.8 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H0", label="5 terms")
def L6H0_5(q, k):
    """Rung 5 of L6H0: token sink ' the' + first token (sink) + token sink ' ' + current token + word-class preference. Held-out IoU 0.672. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0257, 0.0101, 0.0332, 0.0318, 0.048, 0.0478, 0.197, 0.0566, 0.0867, 0.135, 0.0405, 0.0144, 0.0906)
    self_by_class = table(word_class(q), 0.0351, 0.0407, 0.412, 1.03, 0.295, 1.17, 0.423, 0.134, 2.52, 13.6, 0.341, 0.0671, 8.2)
    return key_class + (k == q) * self_by_class + 26.7 * (k == 0) + 39.7 * (token(k) == 260) + 35.5 * (token(k) == 216 and count(k) == 1)
