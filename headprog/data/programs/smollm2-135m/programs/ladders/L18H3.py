"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H3
label: explanation ladder
source: ladder of L18H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6207 rung2_heldout_iou=0.6762 rung3_heldout_iou=0.6788 full_heldout_iou=0.6932 uniform_heldout_iou=0.1599
"""


@program(normalize="weights", fallback="first", head="L18H3", label="1 term")
def L18H3_1(q, k):
    """Rung 1 of L18H3: first token (sink). Held-out IoU 0.621"""
    return 90.8 * (k == 0)


@program(normalize="weights", fallback="first", head="L18H3", label="2 terms")
def L18H3_2(q, k):
    """Rung 2 of L18H3: first token (sink) + local window. Held-out IoU 0.676"""
    return 87.8 * (k == 0) + 3.82 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H3", label="3 terms")
def L18H3_3(q, k):
    """Rung 3 of L18H3: first token (sink) + local window + previous token. Held-out IoU 0.679. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0775, 0.0637, 2.16, 3.3, 0.856, 45.6, 4.17, 2.14, 3.6, 1.21, 0.0804, 0.07, 0.511)
    return (k == q - 1) * prev_by_class + 88.8 * (k == 0) + 4.02 * decay(q - k, 3.0)
