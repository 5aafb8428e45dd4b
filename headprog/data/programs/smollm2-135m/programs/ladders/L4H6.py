"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H6
label: explanation ladder
source: ladder of L4H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3595 rung2_heldout_iou=0.4024 rung3_heldout_iou=0.4352 rung5_heldout_iou=0.4756 rung8_heldout_iou=0.4799 full_heldout_iou=0.5001 uniform_heldout_iou=0.1881
"""


@program(normalize="weights", fallback="first", head="L4H6", label="1 term")
def L4H6_1(q, k):
    """Rung 1 of L4H6: token sink ' the'. Held-out IoU 0.359. Token sinks: sink ' the'"""
    return 15.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H6", label="2 terms")
def L4H6_2(q, k):
    """Rung 2 of L4H6: token sink ' the' + first token (sink). Held-out IoU 0.402. Token sinks: sink ' the'"""
    return 8.22 * (k == 0) + 16.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H6", label="3 terms")
def L4H6_3(q, k):
    """Rung 3 of L4H6: token sink ' the' + first token (sink) + sentence start. Held-out IoU 0.435. Token sinks: sink ' the'"""
    return 10.3 * (k == 0) + 0.709 * (k >= sentence_start(q)) + 13.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H6", label="5 terms")
def L4H6_5(q, k):
    """Rung 5 of L4H6: token sink ' the' + first token (sink) + sentence start + token sink ' ' + first token (sink). Held-out IoU 0.476. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 7.81, 18.9, 0.294, 1.88, 0.997, 0.0684, 0.549, 2.7, 0.0665, 1.45, 0.22, 6.14, 3.94)
    return (k == 0) * first_by_class + 6.36 * (k == 0) + 0.621 * (k >= sentence_start(q)) + 17.8 * (token(k) == 260) + 13.4 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L4H6", label="8 terms")
def L4H6_8(q, k):
    """Rung 8 of L4H6: token sink ' the' + first token (sink) + sentence start + token sink ' ' + first token (sink) + word-class preference + current token + word-class preference. Held-out IoU 0.480. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0107, 0.00441, 0.0304, 0.0178, 0.0281, 0.015, 0.202, 0.0371, 0.0253, 0.138, 0.0109, 0.00953, 0.0954)
    first_by_class = table(word_class(q), 8.32, 19.2, 0.294, 1.85, 0.999, 0.0685, 0.7, 2.7, 0.0664, 1.34, 0.212, 6.15, 3.94)
    return key_class + (k == 0) * first_by_class + 0.22 * (k == q) + 6.02 * (k == 0) + 0.549 * (k >= sentence_start(q)) + 0.0036 * (k < q and word_class(k) == word_class(q)) + 17.3 * (token(k) == 260) + 13.1 * (token(k) == 216)
