"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H8
label: explanation ladder
source: ladder of L5H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4757 rung2_heldout_iou=0.5546 rung3_heldout_iou=0.5989 rung5_heldout_iou=0.6328 rung8_heldout_iou=0.6366 full_heldout_iou=0.6416 uniform_heldout_iou=0.1342
"""


@program(normalize="weights", fallback="first", head="L5H8", label="1 term")
def L5H8_1(q, k):
    """Rung 1 of L5H8: token sink ' the'. Held-out IoU 0.476. Token sinks: sink ' the'"""
    return 19.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H8", label="2 terms")
def L5H8_2(q, k):
    """Rung 2 of L5H8: token sink ' the' + first token (sink). Held-out IoU 0.555. Token sinks: sink ' the'"""
    return 17.8 * (k == 0) + 20.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H8", label="3 terms")
def L5H8_3(q, k):
    """Rung 3 of L5H8: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.599. Token sinks: first ' '; sink ' the'"""
    return 19.4 * (k == 0) + 23.5 * (token(k) == 260) + 25.1 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H8", label="5 terms")
def L5H8_5(q, k):
    """Rung 5 of L5H8: token sink ' the' + first token (sink) + token sink ' ' + current token + sentence start. Held-out IoU 0.633. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.237, 0.121, 4.89, 3.1, 2.2, 7.87, 2.87, 1.14, 2.85, 4.57, 0.182, 0.166, 1.81)
    return (k == q) * self_by_class + 20.2 * (k == 0) + 0.111 * (k >= sentence_start(q)) + 24.3 * (token(k) == 260) + 24.6 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H8", label="8 terms")
def L5H8_8(q, k):
    """Rung 8 of L5H8: token sink ' the' + first token (sink) + token sink ' ' + current token + sentence start + previous token + duplicate token + duplicate token. Held-out IoU 0.637. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.24, 0.121, 4.73, 2.1, 2.19, 7.85, 2.77, 1.13, 2.84, 4.47, 0.182, 0.166, 1.81)
    prev_by_class = table(word_class(q), 0.21, 0.0494, 3.33, 3.37, 0.173, 0.318, 0.761, 1.89, 0.0816, 0.0557, 0.139, 0.157, 0.475)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 20.0 * (k == 0) + 0.585 * (k < q and token(k) == token(q)) + 0.136 * (k < q and lower(k) == lower(q)) + 0.11 * (k >= sentence_start(q)) + 24.8 * (token(k) == 260) + 25.5 * (token(k) == 216 and count(k) == 1)
