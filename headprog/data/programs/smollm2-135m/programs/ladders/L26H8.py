"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H8
label: explanation ladder
source: ladder of L26H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5135 rung2_heldout_iou=0.5988 rung3_heldout_iou=0.6209 rung5_heldout_iou=0.6420 full_heldout_iou=0.6428 uniform_heldout_iou=0.1443
"""


@program(normalize="weights", fallback="first", head="L26H8", label="1 term")
def L26H8_1(q, k):
    """Rung 1 of L26H8: first token (sink). Held-out IoU 0.513"""
    return 96.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H8", label="2 terms")
def L26H8_2(q, k):
    """Rung 2 of L26H8: first token (sink) + current token. Held-out IoU 0.599. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 21.9, 1.23, 0.227, 1.93, 0.17, 3.88, 4.08, 3.86, 3.36, 278.0, 0.184, 2.9, 3.92)
    return (k == q) * self_by_class + 80.8 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H8", label="3 terms")
def L26H8_3(q, k):
    """Rung 3 of L26H8: first token (sink) + current token + local window. Held-out IoU 0.621. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 17.6, 0.962, 0.101, 0.9, 0.0756, 1.93, 2.35, 3.35, 3.3, 205.0, 0.0826, 1.92, 3.91)
    return (k == q) * self_by_class + 64.1 * (k == 0) + 3.21 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L26H8", label="5 terms")
def L26H8_5(q, k):
    """Rung 5 of L26H8: first token (sink) + current token + local window + previous token + first token (sink). Held-out IoU 0.642. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 22.5, 1.19, 0.113, 1.92, 0.0776, 3.85, 4.04, 3.85, 3.31, 214.0, 0.0838, 2.86, 3.91)
    prev_by_class = table(word_class(q), 12.0, 0.0693, 0.0807, 0.405, 0.0719, 0.486, 1.74, 3.91, 6.71, 0.373, 0.0786, 0.227, 4.63)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 70.4 * (k == 0) + 2.78 * decay(q - k, 3.0) + 55.3 * (k == 0 and is_word_start(q))
