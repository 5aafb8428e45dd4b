"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H0
label: explanation ladder
source: ladder of L25H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6576 rung2_heldout_iou=0.6629 rung3_heldout_iou=0.7065 rung5_heldout_iou=0.7105 rung8_heldout_iou=0.7111 full_heldout_iou=0.7133 uniform_heldout_iou=0.1375
"""


@program(normalize="weights", fallback="first", head="L25H0", label="1 term")
def L25H0_1(q, k):
    """Rung 1 of L25H0: first token (sink). Held-out IoU 0.658"""
    return 92.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H0", label="2 terms")
def L25H0_2(q, k):
    """Rung 2 of L25H0: first token (sink) + local window. Held-out IoU 0.663"""
    return 67.2 * (k == 0) + 3.22 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H0", label="3 terms")
def L25H0_3(q, k):
    """Rung 3 of L25H0: first token (sink) + local window + current token. Held-out IoU 0.707. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.249, 0.0715, 0.168, 0.863, 2.15, 3.12, 6.39, 1.98, 1.54, 75.0, 0.0674, 0.079, 0.404)
    return (k == q) * self_by_class + 94.3 * (k == 0) + 2.34 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H0", label="5 terms")
def L25H0_5(q, k):
    """Rung 5 of L25H0: first token (sink) + local window + current token + previous token + first token (sink). Held-out IoU 0.711. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.252, 0.0716, 0.169, 0.839, 2.21, 3.26, 6.42, 2.24, 1.7, 84.0, 0.0674, 0.0791, 0.411)
    prev_by_class = table(word_class(q), 0.194, 0.0642, 0.167, 2.99, 0.468, 2.35, 6.42, 3.73, 1.16, 3.74, 0.0671, 0.103, 0.664)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 97.4 * (k == 0) + 2.25 * decay(q - k, 3.0) + 9.26 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L25H0", label="8 terms")
def L25H0_8(q, k):
    """Rung 8 of L25H0: first token (sink) + local window + current token + previous token + first token (sink) + sentence start + first token (sink) + current token. Held-out IoU 0.711. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.268, 0.0717, 0.175, 1.22, 3.14, 5.98, 6.44, 3.7, 1.86, 90.1, 0.0674, 0.0794, 0.468)
    prev_by_class = table(word_class(q), 0.207, 0.0642, 0.176, 5.64, 0.528, 2.78, 7.81, 3.74, 1.21, 3.73, 0.0671, 0.104, 1.0)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 103.0 * (k == 0) + 0.207 * (k >= sentence_start(q)) + 2.08 * decay(q - k, 3.0) + 9.02 * ((k == 0) * decay(q, 32.0)) + 52.8 * (k == 0 and is_word_start(q)) + 0.758 * (k == q and is_word_start(q))
