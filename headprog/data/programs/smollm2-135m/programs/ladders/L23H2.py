"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H2
label: explanation ladder
source: ladder of L23H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.9108 rung2_heldout_iou=0.9156 rung3_heldout_iou=0.9165 rung5_heldout_iou=0.9167 full_heldout_iou=0.9172 uniform_heldout_iou=0.0757
"""


@program(normalize="weights", fallback="first", head="L23H2", label="1 term")
def L23H2_1(q, k):
    """Rung 1 of L23H2: first token (sink). Held-out IoU 0.911"""
    return 1280.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H2", label="2 terms")
def L23H2_2(q, k):
    """Rung 2 of L23H2: first token (sink) + word-class preference. Held-out IoU 0.916"""
    return 1300.0 * (k == 0) + 0.59 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))


@program(normalize="weights", fallback="first", head="L23H2", label="3 terms")
def L23H2_3(q, k):
    """Rung 3 of L23H2: first token (sink) + word-class preference + sentence start. Held-out IoU 0.916"""
    return 1440.0 * (k == 0) + 0.315 * (k >= sentence_start(q)) + 0.475 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))


@program(normalize="weights", fallback="first", head="L23H2", label="5 terms")
def L23H2_5(q, k):
    """Rung 5 of L23H2: first token (sink) + word-class preference + sentence start + local window + first token (sink). Held-out IoU 0.917"""
    return 1510.0 * (k == 0) + 0.207 * (k >= sentence_start(q)) + 0.353 * decay(q - k, 3.0) + 0.519 * (k == 1) + 0.458 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
