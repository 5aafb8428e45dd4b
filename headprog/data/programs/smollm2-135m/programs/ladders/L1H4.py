"""
headprog: 1
features: v3
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H4
label: explanation ladder
source: ladder of L1H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5129 rung2_heldout_iou=0.5196 rung3_heldout_iou=0.5271 rung5_heldout_iou=0.5371 rung8_heldout_iou=0.5470 full_heldout_iou=0.5724 uniform_heldout_iou=0.4365
"""


@program(normalize="softmax", fallback="first", head="L1H4", label="1 term")
def L1H4_1(q, k):
    """Rung 1 of L1H4: local window. Held-out IoU 0.513"""
    return 3.47 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L1H4", label="2 terms")
def L1H4_2(q, k):
    """Rung 2 of L1H4: local window + local window. Held-out IoU 0.520"""
    return 1.49 * decay(q - k, 10.0) + 2.46 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L1H4", label="3 terms")
def L1H4_3(q, k):
    """Rung 3 of L1H4: local window + local window + token sink ' of'. Held-out IoU 0.527. Token sinks: sink ' of'"""
    return 1.57 * decay(q - k, 10.0) + 2.33 * decay(q - k, 30.0) + 0.977 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H4", label="5 terms")
def L1H4_5(q, k):
    """Rung 5 of L1H4: local window + local window + token sink ' of' + word-class preference + word-class preference. Held-out IoU 0.537. Token sinks: sink ' of'"""
    return 1.69 * decay(q - k, 10.0) + 2.23 * decay(q - k, 30.0) + 0.411 * is_function_word(k) + 0.395 * (k < q and word_class(k) == word_class(q)) + 0.761 * (token(k) == 282)


@program(normalize="softmax", fallback="first", head="L1H4", label="8 terms")
def L1H4_8(q, k):
    """Rung 8 of L1H4: local window + local window + token sink ' of' + word-class preference + word-class preference + punctuation + sentence start + word-class preference. Held-out IoU 0.547. Token sinks: sink ' of'"""
    return 0.354 * (k >= sentence_start(q)) + 1.34 * is_sentence_end(k) + 0.6 * is_word_start(k) + 1.45 * decay(q - k, 10.0) + 1.85 * decay(q - k, 30.0) + 0.298 * is_function_word(k) + 0.32 * (k < q and word_class(k) == word_class(q)) + 0.79 * (token(k) == 282)
