"""
headprog: 1
features: v3
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H7
label: explanation ladder
source: ladder of L12H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4979 rung2_heldout_iou=0.5109 rung3_heldout_iou=0.5306 rung5_heldout_iou=0.5633 rung8_heldout_iou=0.5648 full_heldout_iou=0.6184 uniform_heldout_iou=0.2374
"""


@program(normalize="softmax", fallback="first", head="L12H7", label="1 term")
def L12H7_1(q, k):
    """Rung 1 of L12H7: first token (sink). Held-out IoU 0.498"""
    return 4.01 * (k == 0)


@program(normalize="softmax", fallback="first", head="L12H7", label="2 terms")
def L12H7_2(q, k):
    """Rung 2 of L12H7: first token (sink) + sentence start. Held-out IoU 0.511"""
    return 4.27 * (k == 0) + 1.3 * (k >= sentence_start(q))


@program(normalize="softmax", fallback="first", head="L12H7", label="3 terms")
def L12H7_3(q, k):
    """Rung 3 of L12H7: first token (sink) + sentence start + local window. Held-out IoU 0.531"""
    return 4.64 * (k == 0) + 0.439 * (k >= sentence_start(q)) + 1.73 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L12H7", label="5 terms")
def L12H7_5(q, k):
    """Rung 5 of L12H7: first token (sink) + sentence start + local window + sentence start + word-class preference. Held-out IoU 0.563"""
    return 5.16 * (k == 0) + -1.33 * (k == sentence_start(q)) + 1.3 * (k >= sentence_start(q)) + 1.04 * decay(q - k, 10.0) + -0.0253 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L12H7", label="8 terms")
def L12H7_8(q, k):
    """Rung 8 of L12H7: first token (sink) + sentence start + local window + sentence start + word-class preference + word-class preference + rare or new tokens + first token (sink). Held-out IoU 0.565"""
    return 4.64 * (k == 0) + -1.42 * (k == sentence_start(q)) + 1.42 * (k >= sentence_start(q)) + -1.09 * is_digit(k) + 0.484 * (count(k) == 1) + 1.36 * decay(q - k, 10.0) + 0.753 * (k == 0 and is_word_start(q)) + 0.00522 * (k < q and word_class(k) == word_class(q))
