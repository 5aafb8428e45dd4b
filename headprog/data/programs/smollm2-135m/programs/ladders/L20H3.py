"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H3
label: explanation ladder
source: ladder of L20H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8462 rung2_heldout_iou=0.8521 rung3_heldout_iou=0.8534 rung5_heldout_iou=0.8538 rung8_heldout_iou=0.8540 full_heldout_iou=0.8556 uniform_heldout_iou=0.0892
"""


@program(normalize="weights", fallback="first", head="L20H3", label="1 term")
def L20H3_1(q, k):
    """Rung 1 of L20H3: first token (sink). Held-out IoU 0.846"""
    return 534.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H3", label="2 terms")
def L20H3_2(q, k):
    """Rung 2 of L20H3: first token (sink) + sentence start. Held-out IoU 0.852"""
    return 655.0 * (k == 0) + 0.501 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L20H3", label="3 terms")
def L20H3_3(q, k):
    """Rung 3 of L20H3: first token (sink) + sentence start + local window. Held-out IoU 0.853"""
    return 630.0 * (k == 0) + 0.409 * (k >= sentence_start(q)) + 0.287 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L20H3", label="5 terms")
def L20H3_5(q, k):
    """Rung 5 of L20H3: first token (sink) + sentence start + local window + induction + first token (sink). Held-out IoU 0.854"""
    return 666.0 * (k == 0) + 0.403 * (k >= sentence_start(q)) + 0.321 * decay(q - k, 10.0) + 92.4 * (k == 0 and is_word_start(q)) + 4.74 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L20H3", label="8 terms")
def L20H3_8(q, k):
    """Rung 8 of L20H3: first token (sink) + sentence start + local window + induction + first token (sink) + induction + punctuation + first token (sink). Held-out IoU 0.854"""
    return 682.0 * (k == 0) + 1.24 * (prev_token(k) == token(q)) + 0.401 * (k >= sentence_start(q)) + 0.238 * is_sentence_end(k) + 0.302 * decay(q - k, 10.0) + 20.5 * ((k == 0) * decay(q, 32.0)) + 93.1 * (k == 0 and is_word_start(q)) + 3.59 * (k == prev_occurrence(q) + 1)
