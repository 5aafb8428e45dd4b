"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H1
label: explanation ladder
source: ladder of L29H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4524 rung2_heldout_iou=0.5203 rung3_heldout_iou=0.5643 rung5_heldout_iou=0.5812 rung8_heldout_iou=0.5881 full_heldout_iou=0.6063 uniform_heldout_iou=0.1955
"""


@program(normalize="weights", fallback="first", head="L29H1", label="1 term")
def L29H1_1(q, k):
    """Rung 1 of L29H1: local window. Held-out IoU 0.452"""
    return 23.1 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L29H1", label="2 terms")
def L29H1_2(q, k):
    """Rung 2 of L29H1: local window + first token (sink). Held-out IoU 0.520"""
    return 23.3 * decay(q - k, 1.0) + 16.2 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L29H1", label="3 terms")
def L29H1_3(q, k):
    """Rung 3 of L29H1: local window + first token (sink) + current token. Held-out IoU 0.564. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 30.1, 9.36, 1.1, 15.0, 1.05, 1.53, 3.45, 12.7, 0.764, 19.4, 0.773, 0.785, 0.369)
    return (k == q) * self_by_class + 11.9 * decay(q - k, 1.0) + 16.0 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L29H1", label="5 terms")
def L29H1_5(q, k):
    """Rung 5 of L29H1: local window + first token (sink) + current token + current token + first token (sink). Held-out IoU 0.581. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.599, 8.44, 6.75, 0.818, 14.2, 0.909, 5.24, 0.835, 7.04, 0.472, 24.3, 23.7, 14.7)
    self_by_class = table(word_class(q), 16.6, 9.45, 1.01, 13.8, 1.04, 0.681, 3.4, 5.89, 0.765, 19.5, 0.774, 0.784, 0.373)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 16.4 * decay(q - k, 1.0) + 16.9 * ((k == 0) * decay(q, 32.0)) + 19.9 * (k == q and is_word_start(q))


@program(normalize="weights", fallback="first", head="L29H1", label="8 terms")
def L29H1_8(q, k):
    """Rung 8 of L29H1: local window + first token (sink) + current token + current token + first token (sink) + local window + first token (sink) + induction. Held-out IoU 0.588. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.598, 8.46, 6.77, 0.818, 11.9, 0.909, 4.31, 0.835, 7.06, 0.583, 23.2, 23.9, 15.4)
    self_by_class = table(word_class(q), 16.7, 9.47, 1.02, 14.5, 1.03, 0.681, 3.36, 5.89, 0.764, 19.5, 0.773, 0.778, 0.372)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 14.5 * decay(q - k, 1.0) + 0.296 * decay(q - k, 10.0) + 13.7 * ((k == 0) * decay(q, 32.0)) + 1.73 * (k == 0 and is_word_start(q)) + 20.9 * (k == q and is_word_start(q)) + 0.181 * (k == prev_occurrence(q) + 1)
