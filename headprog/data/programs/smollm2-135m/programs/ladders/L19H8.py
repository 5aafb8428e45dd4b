"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H8
label: explanation ladder
source: ladder of L19H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5258 rung2_heldout_iou=0.6678 rung3_heldout_iou=0.6813 full_heldout_iou=0.6877 uniform_heldout_iou=0.1261
"""


@program(normalize="weights", fallback="first", head="L19H8", label="1 term")
def L19H8_1(q, k):
    """Rung 1 of L19H8: first token (sink). Held-out IoU 0.526"""
    return 336.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H8", label="2 terms")
def L19H8_2(q, k):
    """Rung 2 of L19H8: first token (sink) + previous token. Held-out IoU 0.668"""
    return 89.7 * (k == q - 1) + 325.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H8", label="3 terms")
def L19H8_3(q, k):
    """Rung 3 of L19H8: first token (sink) + previous token + local window. Held-out IoU 0.681"""
    return 65.2 * (k == q - 1) + 327.0 * (k == 0) + 13.8 * decay(q - k, 1.0)
