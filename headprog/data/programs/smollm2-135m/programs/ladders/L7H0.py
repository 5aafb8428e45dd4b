"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H0
label: explanation ladder
source: ladder of L7H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5764 rung2_heldout_iou=0.6318 rung3_heldout_iou=0.6829 full_heldout_iou=0.6945 uniform_heldout_iou=0.0961
"""


@program(normalize="weights", fallback="first", head="L7H0", label="1 term")
def L7H0_1(q, k):
    """Rung 1 of L7H0: token sink ' the'. Held-out IoU 0.576. Token sinks: sink ' the'"""
    return 44.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H0", label="2 terms")
def L7H0_2(q, k):
    """Rung 2 of L7H0: token sink ' the' + first token (sink). Held-out IoU 0.632. Token sinks: sink ' the'"""
    return 26.2 * (k == 0) + 49.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H0", label="3 terms")
def L7H0_3(q, k):
    """Rung 3 of L7H0: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.683. Token sinks: first ' '; sink ' the'"""
    return 32.4 * (k == 0) + 56.2 * (token(k) == 260) + 49.9 * (token(k) == 216 and count(k) == 1)
