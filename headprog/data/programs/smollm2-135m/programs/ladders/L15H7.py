"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H7
label: explanation ladder
source: ladder of L15H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3772 rung2_heldout_iou=0.5364 rung3_heldout_iou=0.5399 rung5_heldout_iou=0.5416 rung8_heldout_iou=0.5425 full_heldout_iou=0.5488 uniform_heldout_iou=0.2385
"""


@program(normalize="weights", fallback="first", head="L15H7", label="1 term")
def L15H7_1(q, k):
    """Rung 1 of L15H7: first token (sink). Held-out IoU 0.377"""
    return 138.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H7", label="2 terms")
def L15H7_2(q, k):
    """Rung 2 of L15H7: first token (sink) + local window. Held-out IoU 0.536"""
    return 155.0 * (k == 0) + 7.17 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H7", label="3 terms")
def L15H7_3(q, k):
    """Rung 3 of L15H7: first token (sink) + local window + punctuation. Held-out IoU 0.540"""
    return 155.0 * (k == 0) + 2.17 * is_sentence_end(k) + 7.2 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H7", label="5 terms")
def L15H7_5(q, k):
    """Rung 5 of L15H7: first token (sink) + local window + punctuation + first token (sink) + punctuation. Held-out IoU 0.542"""
    return 150.0 * (k == 0) + 0.181 * (k == last(is_punct, q) + 1) + 2.13 * is_sentence_end(k) + 7.43 * decay(q - k, 10.0) + 4.52 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L15H7", label="8 terms")
def L15H7_8(q, k):
    """Rung 8 of L15H7: first token (sink) + local window + punctuation + first token (sink) + punctuation + word-class preference + previous token + local window. Held-out IoU 0.542"""
    return 0.0302 * (k == q - 1) + 0.0599 * (k == q - 2) + 148.0 * (k == 0) + 0.179 * (k == last(is_punct, q) + 1) + 2.11 * is_sentence_end(k) + 7.57 * decay(q - k, 10.0) + 4.56 * ((k == 0) * decay(q, 32.0)) + 0.0828 * (k == last(is_function_word, q))
