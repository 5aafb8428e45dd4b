"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H8
label: explanation ladder
source: ladder of L17H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3467 rung2_heldout_iou=0.5241 rung3_heldout_iou=0.6680 full_heldout_iou=0.7159 uniform_heldout_iou=0.2258
"""


@program(normalize="weights", fallback="first", head="L17H8", label="1 term")
def L17H8_1(q, k):
    """Rung 1 of L17H8: local window. Held-out IoU 0.347"""
    return 17.2 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L17H8", label="2 terms")
def L17H8_2(q, k):
    """Rung 2 of L17H8: local window + first token (sink). Held-out IoU 0.524"""
    return 102.0 * (k == 0) + 25.6 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L17H8", label="3 terms")
def L17H8_3(q, k):
    """Rung 3 of L17H8: local window + first token (sink) + previous token. Held-out IoU 0.668"""
    return 89.0 * (k == q - 1) + 150.0 * (k == 0) + 25.5 * decay(q - k, 3.0)
