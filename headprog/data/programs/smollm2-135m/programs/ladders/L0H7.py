"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H7
label: explanation ladder
source: ladder of L0H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4962 rung2_heldout_iou=0.5302 rung3_heldout_iou=0.5344 rung5_heldout_iou=0.5482 rung8_heldout_iou=0.5488 full_heldout_iou=0.5778 uniform_heldout_iou=0.4537
"""


@program(normalize="softmax", fallback="first", head="L0H7", label="1 term")
def L0H7_1(q, k):
    """Rung 1 of L0H7: word-class preference. Held-out IoU 0.496"""
    return 1.1 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L0H7", label="2 terms")
def L0H7_2(q, k):
    """Rung 2 of L0H7: word-class preference + local window. Held-out IoU 0.530"""
    return 2.39 * decay(q - k, 30.0) + 1.1 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L0H7", label="3 terms")
def L0H7_3(q, k):
    """Rung 3 of L0H7: word-class preference + local window + word-class preference. Held-out IoU 0.534"""
    return -1.04 * is_digit(k) + 2.31 * decay(q - k, 30.0) + 1.04 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L0H7", label="5 terms")
def L0H7_5(q, k):
    """Rung 5 of L0H7: word-class preference + local window + word-class preference + punctuation + broad (near uniform). Held-out IoU 0.548"""
    return 0.82 * is_punct(k) + -0.808 * is_digit(k) + 1.79 * decay(q - k, 30.0) + 1.02 * decay(q - k, 100.0) + 1.14 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L0H7", label="8 terms")
def L0H7_8(q, k):
    """Rung 8 of L0H7: word-class preference + local window + word-class preference + punctuation + broad (near uniform) + word-class preference + local window + local window. Held-out IoU 0.549"""
    return 0.801 * is_punct(k) + 0.0199 * is_capitalized(k) + -0.796 * is_digit(k) + -0.597 * decay(q - k, 3.0) + 0.437 * decay(q - k, 10.0) + 1.88 * decay(q - k, 30.0) + 0.907 * decay(q - k, 100.0) + 1.14 * is_function_word(k)
