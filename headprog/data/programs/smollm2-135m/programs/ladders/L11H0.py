"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H0
label: explanation ladder
source: ladder of L11H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4286 rung2_heldout_iou=0.4516 rung3_heldout_iou=0.4518 rung5_heldout_iou=0.4658 rung8_heldout_iou=0.4796 full_heldout_iou=0.5158 uniform_heldout_iou=0.2832
"""


@program(normalize="softmax", fallback="first", head="L11H0", label="1 term")
def L11H0_1(q, k):
    """Rung 1 of L11H0: local window. Held-out IoU 0.429"""
    return 4.84 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H0", label="2 terms")
def L11H0_2(q, k):
    """Rung 2 of L11H0: local window + previous token. Held-out IoU 0.452"""
    return 1.0 * (k == q - 1) + 4.42 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H0", label="3 terms")
def L11H0_3(q, k):
    """Rung 3 of L11H0: local window + previous token + sentence start. Held-out IoU 0.452"""
    return 0.993 * (k == q - 1) + 1.09 * (k >= sentence_start(q)) + 3.84 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H0", label="5 terms")
def L11H0_5(q, k):
    """Rung 5 of L11H0: local window + previous token + sentence start + punctuation + word-class preference. Held-out IoU 0.466"""
    return 0.953 * (k == q - 1) + 1.2 * (k >= sentence_start(q)) + 2.03 * is_sentence_end(k) + 0.418 * is_word_start(k) + 3.81 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H0", label="8 terms")
def L11H0_8(q, k):
    """Rung 8 of L11H0: local window + previous token + sentence start + punctuation + word-class preference + current token + punctuation + local window. Held-out IoU 0.480"""
    return -0.95 * (k == q) + 0.415 * (k == q - 1) + 1.13 * (k >= sentence_start(q)) + 1.08 * is_punct(k) + 1.29 * is_sentence_end(k) + 0.927 * is_word_start(k) + 1.24 * decay(q - k, 3.0) + 3.46 * decay(q - k, 10.0)
