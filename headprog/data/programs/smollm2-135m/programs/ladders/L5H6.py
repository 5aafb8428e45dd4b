"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H6
label: explanation ladder
source: ladder of L5H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5121 rung2_heldout_iou=0.5923 rung3_heldout_iou=0.6360 rung5_heldout_iou=0.6559 full_heldout_iou=0.6583 uniform_heldout_iou=0.1064
"""


@program(normalize="weights", fallback="first", head="L5H6", label="1 term")
def L5H6_1(q, k):
    """Rung 1 of L5H6: token sink ' the'. Held-out IoU 0.512. Token sinks: sink ' the'"""
    return 31.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H6", label="2 terms")
def L5H6_2(q, k):
    """Rung 2 of L5H6: token sink ' the' + first token (sink). Held-out IoU 0.592. Token sinks: sink ' the'"""
    return 37.8 * (k == 0) + 40.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H6", label="3 terms")
def L5H6_3(q, k):
    """Rung 3 of L5H6: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.636. Token sinks: first ' '; sink ' the'"""
    return 40.7 * (k == 0) + 43.4 * (token(k) == 260) + 50.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H6", label="5 terms")
def L5H6_5(q, k):
    """Rung 5 of L5H6: token sink ' the' + first token (sink) + token sink ' ' + duplicate token + current token. Held-out IoU 0.656. Token sinks: first ' '; sink ' the'"""
    return 1.44 * (k == q) + 42.0 * (k == 0) + 11.7 * (k < q and token(k) == token(q)) + 43.5 * (token(k) == 260) + 46.2 * (token(k) == 216 and count(k) == 1)
