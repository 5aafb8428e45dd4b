"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H1
label: explanation ladder
source: ladder of L2H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3962 rung2_heldout_iou=0.6296 rung3_heldout_iou=0.6457 rung5_heldout_iou=0.6498 rung8_heldout_iou=0.6525 full_heldout_iou=0.6825 uniform_heldout_iou=0.1606
"""


@program(normalize="softmax", fallback="first", head="L2H1", label="1 term")
def L2H1_1(q, k):
    """Rung 1 of L2H1: local window. Held-out IoU 0.396"""
    return 7.49 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L2H1", label="2 terms")
def L2H1_2(q, k):
    """Rung 2 of L2H1: local window + previous token. Held-out IoU 0.630. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.04, 1.66, 1.76, 2.04, 1.76, 1.93, 1.76, 1.86, 1.34, 0.483, 0.44, 2.05, 1.89)
    return (k == q - 1) * prev_by_class + 7.27 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L2H1", label="3 terms")
def L2H1_3(q, k):
    """Rung 3 of L2H1: local window + previous token + local window. Held-out IoU 0.646. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.04, 1.75, 1.8, 1.82, 1.8, 1.94, 1.83, 1.51, 1.31, 0.435, 0.418, 2.08, 1.54)
    return (k == q - 1) * prev_by_class + 1.97 * decay(q - k, 3.0) + 5.34 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L2H1", label="5 terms")
def L2H1_5(q, k):
    """Rung 5 of L2H1: local window + previous token + local window + token sink ' ' + punctuation. Held-out IoU 0.650. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.11, 1.8, 1.78, 1.71, 1.83, 1.92, 1.82, 1.32, 1.72, 1.07, 0.234, 2.09, 1.29)
    return (k == q - 1) * prev_by_class + 0.628 * is_punct(k) + 2.46 * decay(q - k, 3.0) + 4.38 * decay(q - k, 10.0) + 1.4 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L2H1", label="8 terms")
def L2H1_8(q, k):
    """Rung 8 of L2H1: local window + previous token + local window + token sink ' ' + punctuation + token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.652. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.04, 1.71, 1.97, 1.68, 1.86, 1.91, 1.83, 1.17, 1.8, 1.15, 0.156, 2.08, 1.1)
    return (k == q - 1) * prev_by_class + 0.308 * (k == 0) + 0.633 * is_punct(k) + 2.91 * decay(q - k, 3.0) + 3.88 * decay(q - k, 10.0) + 0.368 * (k < q and word_class(k) == word_class(q)) + 0.53 * (token(k) == 260) + 1.47 * (token(k) == 216)
