"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H3
label: explanation ladder
source: ladder of L14H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7578 rung2_heldout_iou=0.7839 rung3_heldout_iou=0.7908 rung5_heldout_iou=0.7912 full_heldout_iou=0.7920 uniform_heldout_iou=0.0917
"""


@program(normalize="weights", fallback="first", head="L14H3", label="1 term")
def L14H3_1(q, k):
    """Rung 1 of L14H3: first token (sink). Held-out IoU 0.758"""
    return 288.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H3", label="2 terms")
def L14H3_2(q, k):
    """Rung 2 of L14H3: first token (sink) + current token. Held-out IoU 0.784"""
    return 10.9 * (k == q) + 251.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H3", label="3 terms")
def L14H3_3(q, k):
    """Rung 3 of L14H3: first token (sink) + current token + duplicate token. Held-out IoU 0.791"""
    return 9.85 * (k == q) + 290.0 * (k == 0) + 13.5 * (k < q and token(k) == token(q))


@program(normalize="weights", fallback="first", head="L14H3", label="5 terms")
def L14H3_5(q, k):
    """Rung 5 of L14H3: first token (sink) + current token + duplicate token + local window + first token (sink). Held-out IoU 0.791"""
    return 7.48 * (k == q) + 212.0 * (k == 0) + 13.1 * (k < q and token(k) == token(q)) + 0.075 * decay(q - k, 10.0) + 6.43 * ((k == 0) * decay(q, 32.0))
