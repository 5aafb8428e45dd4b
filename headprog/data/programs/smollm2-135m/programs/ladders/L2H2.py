"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H2
label: explanation ladder
source: ladder of L2H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4215 rung2_heldout_iou=0.5314 rung3_heldout_iou=0.5324 rung5_heldout_iou=0.5472 rung8_heldout_iou=0.5667 full_heldout_iou=0.6363 uniform_heldout_iou=0.3249
"""


@program(normalize="softmax", fallback="first", head="L2H2", label="1 term")
def L2H2_1(q, k):
    """Rung 1 of L2H2: local window. Held-out IoU 0.421"""
    return 4.74 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L2H2", label="2 terms")
def L2H2_2(q, k):
    """Rung 2 of L2H2: local window + first token (sink). Held-out IoU 0.531"""
    return 2.36 * (k == 0) + 6.73 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L2H2", label="3 terms")
def L2H2_3(q, k):
    """Rung 3 of L2H2: local window + first token (sink) + token sink ' the'. Held-out IoU 0.532. Token sinks: sink ' the'"""
    return 2.31 * (k == 0) + 6.28 * decay(q - k, 30.0) + 0.728 * (token(k) == 260)


@program(normalize="softmax", fallback="first", head="L2H2", label="5 terms")
def L2H2_5(q, k):
    """Rung 5 of L2H2: local window + first token (sink) + token sink ' the' + punctuation + token sink ' '. Held-out IoU 0.547. Token sinks: sink ' '; sink ' the'"""
    return 2.24 * (k == 0) + 0.813 * is_punct(k) + 6.22 * decay(q - k, 30.0) + 0.852 * (token(k) == 260) + 1.09 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L2H2", label="8 terms")
def L2H2_8(q, k):
    """Rung 8 of L2H2: local window + first token (sink) + token sink ' the' + punctuation + token sink ' ' + word-class preference + local window + sentence start. Held-out IoU 0.567. Token sinks: sink ' '; sink ' the'"""
    return 2.44 * (k == 0) + 0.601 * (k >= sentence_start(q)) + 0.942 * is_punct(k) + 1.67 * decay(q - k, 10.0) + 3.96 * decay(q - k, 30.0) + 0.457 * is_function_word(k) + 0.469 * (token(k) == 260) + 1.23 * (token(k) == 216)
