"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H6
label: explanation ladder
source: ladder of L20H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.9234 rung2_heldout_iou=0.9260 rung3_heldout_iou=0.9271 rung5_heldout_iou=0.9275 full_heldout_iou=0.9281 uniform_heldout_iou=0.0711
"""


@program(normalize="weights", fallback="first", head="L20H6", label="1 term")
def L20H6_1(q, k):
    """Rung 1 of L20H6: first token (sink). Held-out IoU 0.923"""
    return 1010.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H6", label="2 terms")
def L20H6_2(q, k):
    """Rung 2 of L20H6: first token (sink) + induction. Held-out IoU 0.926"""
    return 1060.0 * (k == 0) + 8.06 * (prev_token(k) == token(q))


@program(normalize="weights", fallback="first", head="L20H6", label="3 terms")
def L20H6_3(q, k):
    """Rung 3 of L20H6: first token (sink) + induction + local window. Held-out IoU 0.927"""
    return 954.0 * (k == 0) + 6.84 * (prev_token(k) == token(q)) + 0.357 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L20H6", label="5 terms")
def L20H6_5(q, k):
    """Rung 5 of L20H6: first token (sink) + induction + local window + local window + punctuation. Held-out IoU 0.927"""
    return 1080.0 * (k == 0) + 6.71 * (prev_token(k) == token(q)) + 0.263 * is_sentence_end(k) + 0.32 * decay(q - k, 3.0) + 0.169 * decay(q - k, 10.0)
