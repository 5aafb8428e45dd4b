"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H0
label: explanation ladder
source: ladder of L20H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6007 rung2_heldout_iou=0.6360 rung3_heldout_iou=0.6666 rung5_heldout_iou=0.6757 full_heldout_iou=0.6758 uniform_heldout_iou=0.1502
"""


@program(normalize="weights", fallback="first", head="L20H0", label="1 term")
def L20H0_1(q, k):
    """Rung 1 of L20H0: first token (sink). Held-out IoU 0.601"""
    return 151.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H0", label="2 terms")
def L20H0_2(q, k):
    """Rung 2 of L20H0: first token (sink) + local window. Held-out IoU 0.636"""
    return 88.3 * (k == 0) + 2.26 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L20H0", label="3 terms")
def L20H0_3(q, k):
    """Rung 3 of L20H0: first token (sink) + local window + previous token. Held-out IoU 0.667. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0968, 0.151, 1.26, 2.08, 1.27, 304.0, 4.02, 1.7, 86.3, 2.46, 0.145, 0.167, 0.356)
    return (k == q - 1) * prev_by_class + 122.0 * (k == 0) + 1.93 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L20H0", label="5 terms")
def L20H0_5(q, k):
    """Rung 5 of L20H0: first token (sink) + local window + previous token + current token + induction. Held-out IoU 0.676. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.762, 0.376, 1.37, 6.28, 0.54, 14.4, 8.09, 3.54, 7.28, 9.0, 0.323, 0.538, 1.3)
    prev_by_class = table(word_class(q), 0.0974, 0.152, 1.33, 2.09, 1.34, 313.0, 4.13, 1.79, 88.7, 2.83, 0.145, 0.168, 0.36)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 148.0 * (k == 0) + 1.53 * decay(q - k, 10.0) + 4.48 * (k == prev_occurrence(q) + 1)
