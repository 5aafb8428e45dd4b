"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H2
label: explanation ladder
source: ladder of L27H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5161 rung2_heldout_iou=0.5363 rung3_heldout_iou=0.5382 rung8_heldout_iou=0.5438 full_heldout_iou=0.5802 uniform_heldout_iou=0.2008
"""


@program(normalize="softmax", fallback="first", head="L27H2", label="1 term")
def L27H2_1(q, k):
    """Rung 1 of L27H2: first token (sink). Held-out IoU 0.516"""
    return 4.3 * (k == 0)


@program(normalize="softmax", fallback="first", head="L27H2", label="2 terms")
def L27H2_2(q, k):
    """Rung 2 of L27H2: first token (sink) + local window. Held-out IoU 0.536"""
    return 4.57 * (k == 0) + 1.87 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L27H2", label="3 terms")
def L27H2_3(q, k):
    """Rung 3 of L27H2: first token (sink) + local window + word-class preference. Held-out IoU 0.538"""
    return 4.62 * (k == 0) + 1.99 * decay(q - k, 1.0) + 0.00859 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L27H2", label="8 terms")
def L27H2_8(q, k):
    """Rung 8 of L27H2: first token (sink) + local window + word-class preference + word-class preference + word-class preference + sentence start + sentence start + rare or new tokens. Held-out IoU 0.544"""
    return 5.09 * (k == 0) + -0.666 * (k == sentence_start(q)) + 0.785 * (k >= sentence_start(q)) + -1.78 * is_digit(k) + 0.813 * (count(k) == 1) + 1.29 * decay(q - k, 1.0) + -0.601 * is_function_word(k) + -0.626 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
