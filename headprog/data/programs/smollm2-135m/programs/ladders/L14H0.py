"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H0
label: explanation ladder
source: ladder of L14H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4365 rung2_heldout_iou=0.5034 rung3_heldout_iou=0.5170 rung5_heldout_iou=0.5588 rung8_heldout_iou=0.5682 full_heldout_iou=0.6098 uniform_heldout_iou=0.2471
"""


@program(normalize="softmax", fallback="first", head="L14H0", label="1 term")
def L14H0_1(q, k):
    """Rung 1 of L14H0: first token (sink). Held-out IoU 0.436"""
    return 3.87 * (k == 0)


@program(normalize="softmax", fallback="first", head="L14H0", label="2 terms")
def L14H0_2(q, k):
    """Rung 2 of L14H0: first token (sink) + local window. Held-out IoU 0.503"""
    return 4.55 * (k == 0) + 2.91 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L14H0", label="3 terms")
def L14H0_3(q, k):
    """Rung 3 of L14H0: first token (sink) + local window + current token. Held-out IoU 0.517"""
    return -1.29 * (k == q) + 4.59 * (k == 0) + 3.73 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L14H0", label="5 terms")
def L14H0_5(q, k):
    """Rung 5 of L14H0: first token (sink) + local window + current token + sentence start + sentence start. Held-out IoU 0.559"""
    return -0.783 * (k == q) + 5.64 * (k == 0) + -2.29 * (k == sentence_start(q)) + 1.67 * (k >= sentence_start(q)) + 2.32 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L14H0", label="8 terms")
def L14H0_8(q, k):
    """Rung 8 of L14H0: first token (sink) + local window + current token + sentence start + sentence start + word-class preference + rare or new tokens + first token (sink). Held-out IoU 0.568"""
    return -0.762 * (k == q) + 5.64 * (k == 0) + -1.84 * (k == sentence_start(q)) + 1.68 * (k >= sentence_start(q)) + 0.703 * is_word_start(k) + 0.536 * (count(k) == 1) + 2.4 * decay(q - k, 3.0) + -0.828 * ((k == 0) * decay(q, 32.0))
