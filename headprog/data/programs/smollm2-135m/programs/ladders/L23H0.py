"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H0
label: explanation ladder
source: ladder of L23H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6543 rung2_heldout_iou=0.6886 rung3_heldout_iou=0.6976 rung5_heldout_iou=0.6990 rung8_heldout_iou=0.7000 full_heldout_iou=0.7044 uniform_heldout_iou=0.1402
"""


@program(normalize="weights", fallback="first", head="L23H0", label="1 term")
def L23H0_1(q, k):
    """Rung 1 of L23H0: first token (sink). Held-out IoU 0.654"""
    return 212.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H0", label="2 terms")
def L23H0_2(q, k):
    """Rung 2 of L23H0: first token (sink) + sentence start. Held-out IoU 0.689"""
    return 252.0 * (k == 0) + 1.78 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L23H0", label="3 terms")
def L23H0_3(q, k):
    """Rung 3 of L23H0: first token (sink) + sentence start + word-class preference. Held-out IoU 0.698"""
    return 236.0 * (k == 0) + 1.47 * (k >= sentence_start(q)) + 0.547 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))


@program(normalize="weights", fallback="first", head="L23H0", label="5 terms")
def L23H0_5(q, k):
    """Rung 5 of L23H0: first token (sink) + sentence start + word-class preference + first token (sink) + first token (sink). Held-out IoU 0.699"""
    return 256.0 * (k == 0) + 1.44 * (k >= sentence_start(q)) + 1.25 * (k == 1) + 58.9 * (k == 0 and is_word_start(q)) + 0.556 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))


@program(normalize="weights", fallback="first", head="L23H0", label="8 terms")
def L23H0_8(q, k):
    """Rung 8 of L23H0: first token (sink) + sentence start + word-class preference + first token (sink) + first token (sink) + word-class preference + word-class preference + local window. Held-out IoU 0.700"""
    return 247.0 * (k == 0) + 0.917 * (k == last(is_capitalized, q)) + 1.38 * (k >= sentence_start(q)) + 0.193 * decay(q - k, 3.0) + 1.23 * (k == 1) + 59.2 * (k == 0 and is_word_start(q)) + 0.536 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.748 * (k == last(is_function_word, q) + 1)
