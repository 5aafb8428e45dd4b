"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H6
label: explanation ladder
source: ladder of L19H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5564 rung2_heldout_iou=0.6440 rung3_heldout_iou=0.6451 full_heldout_iou=0.6462 uniform_heldout_iou=0.1625
"""


@program(normalize="weights", fallback="first", head="L19H6", label="1 term")
def L19H6_1(q, k):
    """Rung 1 of L19H6: first token (sink). Held-out IoU 0.556"""
    return 432.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H6", label="2 terms")
def L19H6_2(q, k):
    """Rung 2 of L19H6: first token (sink) + local window. Held-out IoU 0.644"""
    return 538.0 * (k == 0) + 24.6 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L19H6", label="3 terms")
def L19H6_3(q, k):
    """Rung 3 of L19H6: first token (sink) + local window + first token (sink). Held-out IoU 0.645"""
    return 479.0 * (k == 0) + 28.6 * decay(q - k, 3.0) + 113.0 * (k == 0 and is_word_start(q))
