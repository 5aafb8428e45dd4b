"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H1
label: explanation ladder
source: ladder of L20H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4337 rung2_heldout_iou=0.5340 rung3_heldout_iou=0.5356 rung5_heldout_iou=0.5593 rung8_heldout_iou=0.5626 full_heldout_iou=0.6100 uniform_heldout_iou=0.3136
"""


@program(normalize="softmax", fallback="first", head="L20H1", label="1 term")
def L20H1_1(q, k):
    """Rung 1 of L20H1: first token (sink). Held-out IoU 0.434"""
    return 2.22 * (k == 0)


@program(normalize="softmax", fallback="first", head="L20H1", label="2 terms")
def L20H1_2(q, k):
    """Rung 2 of L20H1: first token (sink) + local window. Held-out IoU 0.534"""
    return 3.02 * (k == 0) + 3.77 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L20H1", label="3 terms")
def L20H1_3(q, k):
    """Rung 3 of L20H1: first token (sink) + local window + word-class preference. Held-out IoU 0.536"""
    return 2.95 * (k == 0) + -1.22 * is_digit(k) + 3.78 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L20H1", label="5 terms")
def L20H1_5(q, k):
    """Rung 5 of L20H1: first token (sink) + local window + word-class preference + sentence start + sentence start. Held-out IoU 0.559"""
    return 4.45 * (k == 0) + -1.75 * (k == sentence_start(q)) + 1.08 * (k >= sentence_start(q)) + -1.17 * is_digit(k) + 3.07 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L20H1", label="8 terms")
def L20H1_8(q, k):
    """Rung 8 of L20H1: first token (sink) + local window + word-class preference + sentence start + sentence start + local window + first token (sink) + token sink ' of'. Held-out IoU 0.563. Token sinks: sink ' of'"""
    return 4.52 * (k == 0) + -1.64 * (k == sentence_start(q)) + 1.24 * (k >= sentence_start(q)) + -1.15 * is_digit(k) + 0.8 * decay(q - k, 3.0) + 2.12 * decay(q - k, 10.0) + -0.256 * (k == 0 and is_word_start(q)) + -0.326 * (token(k) == 282)
