"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H4
label: explanation ladder
source: ladder of L4H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5746 rung2_heldout_iou=0.6291 rung3_heldout_iou=0.6789 full_heldout_iou=0.6816 uniform_heldout_iou=0.0951
"""


@program(normalize="weights", fallback="first", head="L4H4", label="1 term")
def L4H4_1(q, k):
    """Rung 1 of L4H4: token sink ' the'. Held-out IoU 0.575. Token sinks: sink ' the'"""
    return 61.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H4", label="2 terms")
def L4H4_2(q, k):
    """Rung 2 of L4H4: token sink ' the' + first token (sink). Held-out IoU 0.629. Token sinks: sink ' the'"""
    return 37.6 * (k == 0) + 73.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H4", label="3 terms")
def L4H4_3(q, k):
    """Rung 3 of L4H4: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.679. Token sinks: first ' '; sink ' the'"""
    return 38.5 * (k == 0) + 76.5 * (token(k) == 260) + 70.5 * (token(k) == 216 and count(k) == 1)
