"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H0
label: explanation ladder
source: ladder of L8H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4865 rung2_heldout_iou=0.5428 rung3_heldout_iou=0.5905 rung5_heldout_iou=0.6404 full_heldout_iou=0.6435 uniform_heldout_iou=0.1156
"""


@program(normalize="weights", fallback="first", head="L8H0", label="1 term")
def L8H0_1(q, k):
    """Rung 1 of L8H0: token sink ' the'. Held-out IoU 0.486. Token sinks: sink ' the'"""
    return 35.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H0", label="2 terms")
def L8H0_2(q, k):
    """Rung 2 of L8H0: token sink ' the' + first token (sink). Held-out IoU 0.543. Token sinks: sink ' the'"""
    return 27.2 * (k == 0) + 40.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H0", label="3 terms")
def L8H0_3(q, k):
    """Rung 3 of L8H0: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.591. Token sinks: first ' '; sink ' the'"""
    return 29.9 * (k == 0) + 43.7 * (token(k) == 260) + 55.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H0", label="5 terms")
def L8H0_5(q, k):
    """Rung 5 of L8H0: token sink ' the' + first token (sink) + token sink ' ' + current token + duplicate token. Held-out IoU 0.640. Token sinks: first ' '; sink ' the'"""
    return 2.76 * (k == q) + 30.0 * (k == 0) + 8.53 * (k < q and token(k) == token(q)) + 44.1 * (token(k) == 260) + 47.0 * (token(k) == 216 and count(k) == 1)
