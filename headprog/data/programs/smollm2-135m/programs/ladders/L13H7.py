"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H7
label: explanation ladder
source: ladder of L13H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4440 rung2_heldout_iou=0.4553 rung3_heldout_iou=0.4691 rung5_heldout_iou=0.4794 rung8_heldout_iou=0.4829 full_heldout_iou=0.5205 uniform_heldout_iou=0.3099
"""


@program(normalize="softmax", fallback="first", head="L13H7", label="1 term")
def L13H7_1(q, k):
    """Rung 1 of L13H7: first token (sink). Held-out IoU 0.444"""
    return 3.13 * (k == 0)


@program(normalize="softmax", fallback="first", head="L13H7", label="2 terms")
def L13H7_2(q, k):
    """Rung 2 of L13H7: first token (sink) + sentence start. Held-out IoU 0.455"""
    return 3.28 * (k == 0) + 1.31 * (k >= sentence_start(q))


@program(normalize="softmax", fallback="first", head="L13H7", label="3 terms")
def L13H7_3(q, k):
    """Rung 3 of L13H7: first token (sink) + sentence start + local window. Held-out IoU 0.469"""
    return 3.46 * (k == 0) + 0.737 * (k >= sentence_start(q)) + 1.27 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L13H7", label="5 terms")
def L13H7_5(q, k):
    """Rung 5 of L13H7: first token (sink) + sentence start + local window + word-class preference + sentence start. Held-out IoU 0.479"""
    return 3.77 * (k == 0) + -0.777 * (k == sentence_start(q)) + 1.21 * (k >= sentence_start(q)) + -1.25 * is_digit(k) + 0.856 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L13H7", label="8 terms")
def L13H7_8(q, k):
    """Rung 8 of L13H7: first token (sink) + sentence start + local window + word-class preference + sentence start + local window + first token (sink) + current token. Held-out IoU 0.483"""
    return -0.0267 * (k == q) + 4.05 * (k == 0) + -0.908 * (k == sentence_start(q)) + 0.948 * (k >= sentence_start(q)) + -1.22 * is_digit(k) + 0.949 * decay(q - k, 3.0) + 0.49 * decay(q - k, 30.0) + -0.245 * (k == 0 and is_word_start(q))
