"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H0
label: explanation ladder
source: ladder of L17H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4629 rung2_heldout_iou=0.5705 rung3_heldout_iou=0.5756 full_heldout_iou=0.5811 uniform_heldout_iou=0.2019
"""


@program(normalize="weights", fallback="first", head="L17H0", label="1 term")
def L17H0_1(q, k):
    """Rung 1 of L17H0: first token (sink). Held-out IoU 0.463"""
    return 101.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L17H0", label="2 terms")
def L17H0_2(q, k):
    """Rung 2 of L17H0: first token (sink) + local window. Held-out IoU 0.571"""
    return 116.0 * (k == 0) + 3.93 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L17H0", label="3 terms")
def L17H0_3(q, k):
    """Rung 3 of L17H0: first token (sink) + local window + current token. Held-out IoU 0.576. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 9.07, 1.77, 2.13, 2.44, 2.02, 1.84, 5.11, 0.901, 0.249, 5.13, 0.672, 2.66, 4.18)
    return (k == q) * self_by_class + 112.0 * (k == 0) + 4.33 * decay(q - k, 10.0)
