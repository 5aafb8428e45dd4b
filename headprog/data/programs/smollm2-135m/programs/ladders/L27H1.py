"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H1
label: explanation ladder
source: ladder of L27H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3166 rung2_heldout_iou=0.4919 rung3_heldout_iou=0.5022 full_heldout_iou=0.5084 uniform_heldout_iou=0.2013
"""


@program(normalize="weights", fallback="first", head="L27H1", label="1 term")
def L27H1_1(q, k):
    """Rung 1 of L27H1: local window. Held-out IoU 0.317"""
    return 21.8 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L27H1", label="2 terms")
def L27H1_2(q, k):
    """Rung 2 of L27H1: local window + first token (sink). Held-out IoU 0.492"""
    return 38.0 * (k == 0) + 29.1 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L27H1", label="3 terms")
def L27H1_3(q, k):
    """Rung 3 of L27H1: local window + first token (sink) + current token. Held-out IoU 0.502. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 5.32, 0.354, 5.04, 4.04, 20.8, 1.41, 7.31, 0.335, 0.837, 25.9, 0.29, 0.325, 0.365)
    return (k == q) * self_by_class + 44.8 * (k == 0) + 26.4 * decay(q - k, 1.0)
