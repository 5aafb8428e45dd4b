"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H5
label: explanation ladder
source: ladder of L21H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5070 rung2_heldout_iou=0.6598 rung3_heldout_iou=0.6661 rung5_heldout_iou=0.6703 rung8_heldout_iou=0.6705 full_heldout_iou=0.6785 uniform_heldout_iou=0.2130
"""


@program(normalize="weights", fallback="first", head="L21H5", label="1 term")
def L21H5_1(q, k):
    """Rung 1 of L21H5: first token (sink). Held-out IoU 0.507"""
    return 76.4 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H5", label="2 terms")
def L21H5_2(q, k):
    """Rung 2 of L21H5: first token (sink) + local window. Held-out IoU 0.660"""
    return 78.3 * (k == 0) + 2.45 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H5", label="3 terms")
def L21H5_3(q, k):
    """Rung 3 of L21H5: first token (sink) + local window + current token. Held-out IoU 0.666. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.79, 0.791, 0.761, 1.45, 0.454, 3.07, 0.391, 0.361, 2.14, 8.22, 1.64, 3.34, 0.463)
    return (k == q) * self_by_class + 81.7 * (k == 0) + 2.38 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H5", label="5 terms")
def L21H5_5(q, k):
    """Rung 5 of L21H5: first token (sink) + local window + current token + induction + previous token. Held-out IoU 0.670. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.76, 0.714, 0.711, 1.39, 0.429, 3.0, 0.362, 0.34, 2.0, 7.44, 1.54, 3.26, 0.38)
    prev_by_class = table(word_class(q), 0.0686, 0.0851, 0.387, 0.669, 0.314, 2.88, 1.59, 0.384, 1.85, 1.78, 0.335, 0.0947, 0.0929)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 75.5 * (k == 0) + 2.56 * decay(q - k, 10.0) + 4.52 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L21H5", label="8 terms")
def L21H5_8(q, k):
    """Rung 8 of L21H5: first token (sink) + local window + current token + induction + previous token + local window + first token (sink) + first token (sink). Held-out IoU 0.670. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.76, 0.688, 0.706, 1.38, 0.427, 3.01, 0.361, 0.336, 1.98, 6.69, 1.53, 3.27, 0.366)
    prev_by_class = table(word_class(q), 0.0686, 0.0847, 0.387, 0.669, 0.314, 2.96, 1.59, 0.383, 1.83, 1.69, 0.333, 0.0948, 0.0929)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 74.2 * (k == 0) + 0.31 * decay(q - k, 1.0) + 2.66 * decay(q - k, 10.0) + 2.41 * ((k == 0) * decay(q, 32.0)) + 5.95 * (k == 0 and is_word_start(q)) + 4.53 * (k == prev_occurrence(q) + 1)
