"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H2
label: explanation ladder
source: ladder of L14H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5497 rung2_heldout_iou=0.5740 rung3_heldout_iou=0.6214 rung5_heldout_iou=0.6323 rung8_heldout_iou=0.6477 full_heldout_iou=0.6735 uniform_heldout_iou=0.1991
"""


@program(normalize="softmax", fallback="first", head="L14H2", label="1 term")
def L14H2_1(q, k):
    """Rung 1 of L14H2: first token (sink). Held-out IoU 0.550. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.65, 4.31, 3.1, 2.62, 3.64, 2.84, 2.05, 1.26, 2.22, 0.49, 3.89, 4.43, 0.814)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L14H2", label="2 terms")
def L14H2_2(q, k):
    """Rung 2 of L14H2: first token (sink) + local window. Held-out IoU 0.574. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.94, 4.52, 3.53, 2.55, 4.09, 3.04, 2.27, 1.09, 2.42, 0.755, 4.16, 4.5, 1.07)
    return (k == 0) * first_by_class + 1.16 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L14H2", label="3 terms")
def L14H2_3(q, k):
    """Rung 3 of L14H2: first token (sink) + local window + first token (sink). Held-out IoU 0.621. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.36, 3.77, 2.49, 2.15, 2.98, 2.24, 1.58, 0.802, 1.81, -0.208, 3.53, 3.85, 0.115)
    return (k == 0) * first_by_class + 2.46 * (k == 0) + 2.27 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L14H2", label="5 terms")
def L14H2_5(q, k):
    """Rung 5 of L14H2: first token (sink) + local window + first token (sink) + current token + rare or new tokens. Held-out IoU 0.632. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.83, 3.07, 1.92, 1.62, 2.43, 1.33, 0.859, 0.56, 0.978, -0.674, 2.83, 3.16, -0.107)
    return (k == 0) * first_by_class + -0.892 * (k == q) + 3.02 * (k == 0) + 0.89 * (count(k) == 1) + 3.04 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L14H2", label="8 terms")
def L14H2_8(q, k):
    """Rung 8 of L14H2: first token (sink) + local window + first token (sink) + current token + rare or new tokens + sentence start + sentence start + local window. Held-out IoU 0.648. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.22, 2.33, 1.27, 0.944, 1.81, 0.782, 0.0345, 0.000478, 0.262, -1.13, 2.34, 2.37, -0.585)
    return (k == 0) * first_by_class + -0.662 * (k == q) + 4.19 * (k == 0) + -1.34 * (k == sentence_start(q)) + 1.04 * (k >= sentence_start(q)) + 0.771 * (count(k) == 1) + 1.81 * decay(q - k, 3.0) + 0.254 * decay(q - k, 10.0)
