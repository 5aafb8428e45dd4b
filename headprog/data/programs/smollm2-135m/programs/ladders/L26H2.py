"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H2
label: explanation ladder
source: ladder of L26H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5725 rung2_heldout_iou=0.5970 rung5_heldout_iou=0.6494 rung8_heldout_iou=0.6576 full_heldout_iou=0.6811 uniform_heldout_iou=0.1519
"""


@program(normalize="softmax", fallback="first", head="L26H2", label="1 term")
def L26H2_1(q, k):
    """Rung 1 of L26H2: first token (sink). Held-out IoU 0.573. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.36, 4.75, 4.67, 3.57, 3.17, 3.24, 3.53, 2.8, 3.44, 1.51, 4.57, 4.9, 3.61)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L26H2", label="2 terms")
def L26H2_2(q, k):
    """Rung 2 of L26H2: first token (sink) + local window. Held-out IoU 0.597. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.92, 5.13, 5.14, 3.37, 3.62, 3.67, 3.94, 2.37, 3.91, 1.71, 4.91, 5.04, 2.97)
    return (k == 0) * first_by_class + 0.958 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L26H2", label="5 terms")
def L26H2_5(q, k):
    """Rung 5 of L26H2: first token (sink) + local window + sentence start + first token (sink) + word-class preference. Held-out IoU 0.649. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.83, 3.81, 3.63, 2.64, 1.66, 2.14, 2.64, 1.59, 2.27, -0.123, 3.62, 3.96, 2.11)
    return (k == 0) * first_by_class + 2.97 * (k == 0) + 0.254 * (k >= sentence_start(q)) + -2.11 * is_digit(k) + 1.7 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L26H2", label="8 terms")
def L26H2_8(q, k):
    """Rung 8 of L26H2: first token (sink) + local window + sentence start + first token (sink) + word-class preference + sentence start + rare or new tokens + local window. Held-out IoU 0.658. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.83, 2.75, 2.66, 1.86, 0.76, 1.17, 1.56, 0.905, 1.31, -0.842, 2.66, 2.89, 1.33)
    return (k == 0) * first_by_class + 4.37 * (k == 0) + -0.867 * (k == sentence_start(q)) + 0.899 * (k >= sentence_start(q)) + -1.61 * is_digit(k) + 0.543 * (count(k) == 1) + 1.08 * decay(q - k, 3.0) + 0.248 * decay(q - k, 10.0)
