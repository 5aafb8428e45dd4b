"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H3
label: explanation ladder
source: ladder of L17H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.9139 full_heldout_iou=0.9201 uniform_heldout_iou=0.0665
"""


@program(normalize="weights", fallback="first", head="L17H3", label="1 term")
def L17H3_1(q, k):
    """Rung 1 of L17H3: first token (sink). Held-out IoU 0.914"""
    return 1890.0 * (k == 0)
