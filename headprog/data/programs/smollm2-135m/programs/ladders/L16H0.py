"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H0
label: explanation ladder
source: ladder of L16H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6409 rung2_heldout_iou=0.7422 rung3_heldout_iou=0.7842 full_heldout_iou=0.7862 uniform_heldout_iou=0.1147
"""


@program(normalize="weights", fallback="first", head="L16H0", label="1 term")
def L16H0_1(q, k):
    """Rung 1 of L16H0: previous token. Held-out IoU 0.641"""
    return 442.0 * (k == q - 1)


@program(normalize="weights", fallback="first", head="L16H0", label="2 terms")
def L16H0_2(q, k):
    """Rung 2 of L16H0: previous token + first token (sink). Held-out IoU 0.742"""
    return 397.0 * (k == q - 1) + 74.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L16H0", label="3 terms")
def L16H0_3(q, k):
    """Rung 3 of L16H0: previous token + first token (sink) + local window. Held-out IoU 0.784"""
    return 447.0 * (k == q - 1) + 40.8 * (k == q - 2) + 65.6 * (k == 0)
