"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H7
label: explanation ladder
source: ladder of L11H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4449 rung2_heldout_iou=0.4649 rung3_heldout_iou=0.4740 rung5_heldout_iou=0.4824 rung8_heldout_iou=0.4850 full_heldout_iou=0.5301 uniform_heldout_iou=0.2642
"""


@program(normalize="softmax", fallback="first", head="L11H7", label="1 term")
def L11H7_1(q, k):
    """Rung 1 of L11H7: local window. Held-out IoU 0.445"""
    return 4.93 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H7", label="2 terms")
def L11H7_2(q, k):
    """Rung 2 of L11H7: local window + previous token. Held-out IoU 0.465"""
    return 0.955 * (k == q - 1) + 4.53 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H7", label="3 terms")
def L11H7_3(q, k):
    """Rung 3 of L11H7: local window + previous token + punctuation. Held-out IoU 0.474"""
    return 0.917 * (k == q - 1) + 0.498 * is_punct(k) + 4.68 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H7", label="5 terms")
def L11H7_5(q, k):
    """Rung 5 of L11H7: local window + previous token + punctuation + word-class preference + local window. Held-out IoU 0.482"""
    return 0.845 * (k == q - 1) + 0.539 * is_punct(k) + 1.57 * decay(q - k, 3.0) + 3.19 * decay(q - k, 10.0) + 0.186 * is_function_word(k)


@program(normalize="softmax", fallback="first", head="L11H7", label="8 terms")
def L11H7_8(q, k):
    """Rung 8 of L11H7: local window + previous token + punctuation + word-class preference + local window + punctuation + sentence start + word-class preference. Held-out IoU 0.485"""
    return 0.866 * (k == q - 1) + 1.03 * (k >= sentence_start(q)) + 0.894 * is_punct(k) + 1.19 * is_sentence_end(k) + 0.497 * is_word_start(k) + 1.71 * decay(q - k, 3.0) + 2.34 * decay(q - k, 10.0) + 0.0589 * is_function_word(k)
