"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H8
label: explanation ladder
source: ladder of L4H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4367 rung2_heldout_iou=0.4866 rung3_heldout_iou=0.5246 rung5_heldout_iou=0.5482 full_heldout_iou=0.5533 uniform_heldout_iou=0.1445
"""


@program(normalize="weights", fallback="first", head="L4H8", label="1 term")
def L4H8_1(q, k):
    """Rung 1 of L4H8: token sink ' the'. Held-out IoU 0.437. Token sinks: sink ' the'"""
    return 29.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H8", label="2 terms")
def L4H8_2(q, k):
    """Rung 2 of L4H8: token sink ' the' + first token (sink). Held-out IoU 0.487. Token sinks: sink ' the'"""
    return 19.2 * (k == 0) + 33.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H8", label="3 terms")
def L4H8_3(q, k):
    """Rung 3 of L4H8: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.525. Token sinks: first ' '; sink ' the'"""
    return 26.0 * (k == 0) + 43.4 * (token(k) == 260) + 35.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H8", label="5 terms")
def L4H8_5(q, k):
    """Rung 5 of L4H8: token sink ' the' + first token (sink) + token sink ' ' + sentence start + current token. Held-out IoU 0.548. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0282, 0.0342, 2.12, 1.53, 0.0894, 2.41, 4.1, 0.994, 3.88, 6.82, 0.066, 0.0519, 2.91)
    return (k == q) * self_by_class + 25.1 * (k == 0) + 0.259 * (k >= sentence_start(q)) + 38.4 * (token(k) == 260) + 33.6 * (token(k) == 216 and count(k) == 1)
