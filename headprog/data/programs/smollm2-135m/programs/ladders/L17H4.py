"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H4
label: explanation ladder
source: ladder of L17H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8465 rung2_heldout_iou=0.8493 rung3_heldout_iou=0.8502 rung5_heldout_iou=0.8509 full_heldout_iou=0.8514 uniform_heldout_iou=0.0779
"""


@program(normalize="weights", fallback="first", head="L17H4", label="1 term")
def L17H4_1(q, k):
    """Rung 1 of L17H4: first token (sink). Held-out IoU 0.847"""
    return 733.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L17H4", label="2 terms")
def L17H4_2(q, k):
    """Rung 2 of L17H4: first token (sink) + sentence start. Held-out IoU 0.849"""
    return 772.0 * (k == 0) + 0.378 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L17H4", label="3 terms")
def L17H4_3(q, k):
    """Rung 3 of L17H4: first token (sink) + sentence start + induction. Held-out IoU 0.850"""
    return 620.0 * (k == 0) + 0.393 * (k >= sentence_start(q)) + 4.39 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L17H4", label="5 terms")
def L17H4_5(q, k):
    """Rung 5 of L17H4: first token (sink) + sentence start + induction + word-class preference + local window. Held-out IoU 0.851"""
    return 712.0 * (k == 0) + 0.313 * (k >= sentence_start(q)) + 0.0926 * decay(q - k, 3.0) + 4.36 * (k == prev_occurrence(q) + 1) + 0.0694 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
