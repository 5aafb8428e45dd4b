"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H8
label: explanation ladder
source: ladder of L25H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5876 rung2_heldout_iou=0.6923 full_heldout_iou=0.7024 uniform_heldout_iou=0.1330
"""


@program(normalize="weights", fallback="first", head="L25H8", label="1 term")
def L25H8_1(q, k):
    """Rung 1 of L25H8: first token (sink). Held-out IoU 0.588"""
    return 150.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H8", label="2 terms")
def L25H8_2(q, k):
    """Rung 2 of L25H8: first token (sink) + local window. Held-out IoU 0.692"""
    return 117.0 * (k == 0) + 18.9 * decay(q - k, 1.0)
