"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H6
label: explanation ladder
source: ladder of L18H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.9181 full_heldout_iou=0.9184 uniform_heldout_iou=0.0659
"""


@program(normalize="weights", fallback="first", head="L18H6", label="1 term")
def L18H6_1(q, k):
    """Rung 1 of L18H6: first token (sink). Held-out IoU 0.918"""
    return 1080.0 * (k == 0)
