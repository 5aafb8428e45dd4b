"""
headprog: 1
features: v3
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H6
label: explanation ladder
source: ladder of L11H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6850 rung2_heldout_iou=0.6947 rung3_heldout_iou=0.7066 rung5_heldout_iou=0.7140 rung8_heldout_iou=0.7270 full_heldout_iou=0.7607 uniform_heldout_iou=0.1672
"""


@program(normalize="softmax", fallback="first", head="L11H6", label="1 term")
def L11H6_1(q, k):
    """Rung 1 of L11H6: local window. Held-out IoU 0.685"""
    return 5.3 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L11H6", label="2 terms")
def L11H6_2(q, k):
    """Rung 2 of L11H6: local window + punctuation. Held-out IoU 0.695"""
    return 0.719 * is_punct(k) + 5.44 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L11H6", label="3 terms")
def L11H6_3(q, k):
    """Rung 3 of L11H6: local window + punctuation + sentence start. Held-out IoU 0.707"""
    return 1.61 * (k >= sentence_start(q)) + 0.771 * is_punct(k) + 4.74 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L11H6", label="5 terms")
def L11H6_5(q, k):
    """Rung 5 of L11H6: local window + punctuation + sentence start + previous token + punctuation. Held-out IoU 0.714"""
    return -0.589 * (k == q - 1) + 1.91 * (k >= sentence_start(q)) + 0.652 * is_punct(k) + 1.51 * is_sentence_end(k) + 4.53 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L11H6", label="8 terms")
def L11H6_8(q, k):
    """Rung 8 of L11H6: local window + punctuation + sentence start + previous token + punctuation + local window + word-class preference + word-class preference. Held-out IoU 0.727"""
    return -0.725 * (k == q - 1) + 0.999 * (k >= sentence_start(q)) + 0.625 * is_punct(k) + 1.23 * is_sentence_end(k) + -0.176 * is_word_start(k) + 3.99 * decay(q - k, 1.0) + 1.96 * decay(q - k, 10.0) + -0.0877 * (k < q and word_class(k) == word_class(q))
