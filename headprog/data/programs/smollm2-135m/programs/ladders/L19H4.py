"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H4
label: explanation ladder
source: ladder of L19H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3847 rung2_heldout_iou=0.4616 rung3_heldout_iou=0.4657 rung5_heldout_iou=0.4903 rung8_heldout_iou=0.4962 full_heldout_iou=0.5466 uniform_heldout_iou=0.3207
"""


@program(normalize="softmax", fallback="first", head="L19H4", label="1 term")
def L19H4_1(q, k):
    """Rung 1 of L19H4: first token (sink). Held-out IoU 0.385"""
    return 1.89 * (k == 0)


@program(normalize="softmax", fallback="first", head="L19H4", label="2 terms")
def L19H4_2(q, k):
    """Rung 2 of L19H4: first token (sink) + local window. Held-out IoU 0.462"""
    return 2.68 * (k == 0) + 3.76 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L19H4", label="3 terms")
def L19H4_3(q, k):
    """Rung 3 of L19H4: first token (sink) + local window + word-class preference. Held-out IoU 0.466"""
    return 2.56 * (k == 0) + -1.63 * is_digit(k) + 3.56 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L19H4", label="5 terms")
def L19H4_5(q, k):
    """Rung 5 of L19H4: first token (sink) + local window + word-class preference + sentence start + sentence start. Held-out IoU 0.490"""
    return 4.02 * (k == 0) + -1.79 * (k == sentence_start(q)) + 1.7 * (k >= sentence_start(q)) + -1.53 * is_digit(k) + 2.48 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L19H4", label="8 terms")
def L19H4_8(q, k):
    """Rung 8 of L19H4: first token (sink) + local window + word-class preference + sentence start + sentence start + local window + local window + first token (sink). Held-out IoU 0.496"""
    return 0.341 * (k == q - 2) + 4.2 * (k == 0) + -1.63 * (k == sentence_start(q)) + 1.58 * (k >= sentence_start(q)) + -1.51 * is_digit(k) + -0.503 * decay(q - k, 1.0) + 2.85 * decay(q - k, 10.0) + -0.393 * (k == 0 and is_word_start(q))
