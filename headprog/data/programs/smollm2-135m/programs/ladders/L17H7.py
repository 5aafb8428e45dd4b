"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H7
label: explanation ladder
source: ladder of L17H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5548 rung2_heldout_iou=0.6009 rung3_heldout_iou=0.6223 rung5_heldout_iou=0.6292 full_heldout_iou=0.6414 uniform_heldout_iou=0.1792
"""


@program(normalize="softmax", fallback="first", head="L17H7", label="1 term")
def L17H7_1(q, k):
    """Rung 1 of L17H7: first token (sink). Held-out IoU 0.555. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.45, 4.43, 2.72, 2.47, 3.4, 2.82, 2.06, 1.12, 3.13, 2.15, 4.21, 4.41, 3.18)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L17H7", label="2 terms")
def L17H7_2(q, k):
    """Rung 2 of L17H7: first token (sink) + first token (sink). Held-out IoU 0.601. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.98, 3.86, 1.78, 2.0, 2.42, 2.21, 0.703, 0.616, 2.51, 0.816, 3.65, 3.83, 2.37)
    return (k == 0) * first_by_class + 2.11 * (k == 0)


@program(normalize="softmax", fallback="first", head="L17H7", label="3 terms")
def L17H7_3(q, k):
    """Rung 3 of L17H7: first token (sink) + first token (sink) + local window. Held-out IoU 0.622. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.86, 3.53, 1.62, 1.73, 2.26, 1.79, 1.03, 0.464, 2.21, 0.545, 3.41, 3.53, 1.74)
    return (k == 0) * first_by_class + 2.73 * (k == 0) + 1.79 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L17H7", label="5 terms")
def L17H7_5(q, k):
    """Rung 5 of L17H7: first token (sink) + first token (sink) + local window + sentence start + sentence start. Held-out IoU 0.629. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.23, 2.73, 1.0, 1.15, 1.69, 1.2, 0.466, 0.0614, 1.59, 0.351, 2.9, 2.7, 0.719)
    return (k == 0) * first_by_class + 3.85 * (k == 0) + -1.1 * (k == sentence_start(q)) + 0.903 * (k >= sentence_start(q)) + 0.94 * decay(q - k, 3.0)
