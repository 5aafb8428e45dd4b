"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H2
label: explanation ladder
source: ladder of L24H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8702 full_heldout_iou=0.8838 uniform_heldout_iou=0.0865
"""


@program(normalize="weights", fallback="first", head="L24H2", label="1 term")
def L24H2_1(q, k):
    """Rung 1 of L24H2: first token (sink). Held-out IoU 0.870"""
    return 1.72 * (k == 0 and is_function_word(q))
