"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H8
label: explanation ladder
source: ladder of L11H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4724 rung2_heldout_iou=0.4884 rung3_heldout_iou=0.4917 rung5_heldout_iou=0.4965 rung8_heldout_iou=0.5051 full_heldout_iou=0.5541 uniform_heldout_iou=0.3006
"""


@program(normalize="softmax", fallback="first", head="L11H8", label="1 term")
def L11H8_1(q, k):
    """Rung 1 of L11H8: local window. Held-out IoU 0.472"""
    return 4.83 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H8", label="2 terms")
def L11H8_2(q, k):
    """Rung 2 of L11H8: local window + word-class preference. Held-out IoU 0.488"""
    return 4.88 * decay(q - k, 10.0) + -0.786 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L11H8", label="3 terms")
def L11H8_3(q, k):
    """Rung 3 of L11H8: local window + word-class preference + previous token. Held-out IoU 0.492"""
    return 0.401 * (k == q - 1) + 4.58 * decay(q - k, 10.0) + -0.843 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L11H8", label="5 terms")
def L11H8_5(q, k):
    """Rung 5 of L11H8: local window + word-class preference + previous token + sentence start + local window. Held-out IoU 0.496"""
    return 0.552 * (k == q - 1) + 1.11 * (k >= sentence_start(q)) + 0.932 * decay(q - k, 1.0) + 3.19 * decay(q - k, 10.0) + -1.05 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L11H8", label="8 terms")
def L11H8_8(q, k):
    """Rung 8 of L11H8: local window + word-class preference + previous token + sentence start + local window + local window + punctuation + punctuation. Held-out IoU 0.505"""
    return 0.514 * (k == q - 1) + 1.04 * (k >= sentence_start(q)) + -0.664 * is_punct(k) + 1.21 * is_sentence_end(k) + 0.845 * decay(q - k, 1.0) + 2.9 * decay(q - k, 10.0) + 1.21 * decay(q - k, 30.0) + -1.07 * is_function_word(k)
