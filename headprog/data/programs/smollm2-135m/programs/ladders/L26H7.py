"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H7
label: explanation ladder
source: ladder of L26H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5625 rung2_heldout_iou=0.6314 rung3_heldout_iou=0.6540 full_heldout_iou=0.6596 uniform_heldout_iou=0.1502
"""


@program(normalize="weights", fallback="first", head="L26H7", label="1 term")
def L26H7_1(q, k):
    """Rung 1 of L26H7: first token (sink). Held-out IoU 0.562"""
    return 280.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H7", label="2 terms")
def L26H7_2(q, k):
    """Rung 2 of L26H7: first token (sink) + local window. Held-out IoU 0.631"""
    return 198.0 * (k == 0) + 36.0 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L26H7", label="3 terms")
def L26H7_3(q, k):
    """Rung 3 of L26H7: first token (sink) + local window + sentence start. Held-out IoU 0.654"""
    return 230.0 * (k == 0) + 0.948 * (k >= sentence_start(q)) + 24.9 * decay(q - k, 1.0)
