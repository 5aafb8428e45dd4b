"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H6
label: explanation ladder
source: ladder of L17H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6080 rung2_heldout_iou=0.6523 rung3_heldout_iou=0.6559 rung5_heldout_iou=0.6646 rung8_heldout_iou=0.6685 full_heldout_iou=0.7097 uniform_heldout_iou=0.1953
"""


@program(normalize="softmax", fallback="first", head="L17H6", label="1 term")
def L17H6_1(q, k):
    """Rung 1 of L17H6: first token (sink). Held-out IoU 0.608"""
    return 4.62 * (k == 0)


@program(normalize="softmax", fallback="first", head="L17H6", label="2 terms")
def L17H6_2(q, k):
    """Rung 2 of L17H6: first token (sink) + local window. Held-out IoU 0.652"""
    return 5.17 * (k == 0) + 2.35 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L17H6", label="3 terms")
def L17H6_3(q, k):
    """Rung 3 of L17H6: first token (sink) + local window + sentence start. Held-out IoU 0.656"""
    return 5.28 * (k == 0) + -0.539 * (k == sentence_start(q)) + 1.94 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L17H6", label="5 terms")
def L17H6_5(q, k):
    """Rung 5 of L17H6: first token (sink) + local window + sentence start + sentence start + word-class preference. Held-out IoU 0.665"""
    return 5.56 * (k == 0) + -1.0 * (k == sentence_start(q)) + 0.738 * (k >= sentence_start(q)) + -0.914 * is_digit(k) + 1.67 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L17H6", label="8 terms")
def L17H6_8(q, k):
    """Rung 8 of L17H6: first token (sink) + local window + sentence start + sentence start + word-class preference + rare or new tokens + first token (sink) + local window. Held-out IoU 0.668"""
    return 5.68 * (k == 0) + -0.696 * (k == sentence_start(q)) + 0.661 * (k >= sentence_start(q)) + -0.866 * is_digit(k) + 0.584 * (count(k) == 1) + 1.43 * decay(q - k, 3.0) + 0.35 * decay(q - k, 10.0) + -0.609 * ((k == 0) * decay(q, 32.0))
