"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H4
label: explanation ladder
source: ladder of L25H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5035 rung2_heldout_iou=0.5582 rung3_heldout_iou=0.5979 full_heldout_iou=0.6010 uniform_heldout_iou=0.1374
"""


@program(normalize="weights", fallback="first", head="L25H4", label="1 term")
def L25H4_1(q, k):
    """Rung 1 of L25H4: first token (sink). Held-out IoU 0.503"""
    return 137.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H4", label="2 terms")
def L25H4_2(q, k):
    """Rung 2 of L25H4: first token (sink) + previous token. Held-out IoU 0.558. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 25.1, 0.592, 566.0, 39.9, 0.785, 0.911, 18.1, 12.0, 0.708, 0.625, 6.76, 1.56, 0.805)
    return (k == q - 1) * prev_by_class + 112.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H4", label="3 terms")
def L25H4_3(q, k):
    """Rung 3 of L25H4: first token (sink) + previous token + current token. Held-out IoU 0.598. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 4.21, 0.962, 386.0, 17.1, 1.02, 1.67, 36.1, 8.9, 0.907, 0.709, 2.32, 0.873, 2.06)
    prev_by_class = table(word_class(q), 18.3, 0.544, 627.0, 38.7, 0.775, 0.906, 17.5, 9.83, 0.705, 0.583, 6.61, 1.51, 0.733)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 71.7 * (k == 0)
