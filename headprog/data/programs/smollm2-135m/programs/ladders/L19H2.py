"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H2
label: explanation ladder
source: ladder of L19H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4104 rung2_heldout_iou=0.6631 rung3_heldout_iou=0.6694 rung5_heldout_iou=0.6746 rung8_heldout_iou=0.6760 full_heldout_iou=0.6812 uniform_heldout_iou=0.2691
"""


@program(normalize="weights", fallback="first", head="L19H2", label="1 term")
def L19H2_1(q, k):
    """Rung 1 of L19H2: first token (sink). Held-out IoU 0.410"""
    return 52.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H2", label="2 terms")
def L19H2_2(q, k):
    """Rung 2 of L19H2: first token (sink) + local window. Held-out IoU 0.663"""
    return 73.1 * (k == 0) + 4.63 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L19H2", label="3 terms")
def L19H2_3(q, k):
    """Rung 3 of L19H2: first token (sink) + local window + first token (sink). Held-out IoU 0.669. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 21.4, 26.2, 0.58, 0.827, 0.379, 16.4, 0.527, 0.373, 22.0, 0.37, 20.5, 19.3, 1.07)
    return (k == 0) * first_by_class + 65.4 * (k == 0) + 5.0 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L19H2", label="5 terms")
def L19H2_5(q, k):
    """Rung 5 of L19H2: first token (sink) + local window + first token (sink) + current token + previous token. Held-out IoU 0.675. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 20.6, 25.9, 0.623, 0.868, 0.385, 15.9, 0.749, 0.442, 21.4, 0.37, 20.1, 19.2, 1.07)
    self_by_class = table(word_class(q), 3.53, 0.26, 0.172, 1.5, 1.04, 0.31, 2.95, 4.44, 0.175, 10.5, 0.149, 3.48, 7.17)
    prev_by_class = table(word_class(q), 0.277, 0.189, 4.08, 3.77, 5.35, 4.33, 5.14, 7.34, 0.787, 1.9, 0.156, 0.314, 0.703)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 68.3 * (k == 0) + 4.72 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L19H2", label="8 terms")
def L19H2_8(q, k):
    """Rung 8 of L19H2: first token (sink) + local window + first token (sink) + current token + previous token + local window + first token (sink) + induction. Held-out IoU 0.676. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 20.5, 25.9, 0.599, 0.852, 0.381, 15.8, 0.743, 0.388, 21.7, 0.37, 20.2, 19.2, 1.07)
    self_by_class = table(word_class(q), 3.57, 0.261, 0.18, 1.64, 1.17, 0.329, 3.04, 4.94, 0.175, 10.5, 0.149, 3.65, 7.35)
    prev_by_class = table(word_class(q), 0.281, 0.197, 4.19, 4.04, 5.78, 4.32, 5.75, 7.38, 0.792, 1.96, 0.155, 0.332, 0.724)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.51 * (k == q - 2) + 68.1 * (k == 0) + 4.66 * decay(q - k, 10.0) + 1.51 * (k == 0 and is_word_start(q)) + 0.623 * (k == prev_occurrence(q) + 1)
