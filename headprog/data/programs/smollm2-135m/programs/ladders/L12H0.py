"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H0
label: explanation ladder
source: ladder of L12H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5085 rung2_heldout_iou=0.5501 rung3_heldout_iou=0.5692 rung5_heldout_iou=0.5858 full_heldout_iou=0.6068 uniform_heldout_iou=0.1884
"""


@program(normalize="softmax", fallback="first", head="L12H0", label="1 term")
def L12H0_1(q, k):
    """Rung 1 of L12H0: first token (sink). Held-out IoU 0.508. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.47, 4.24, 2.77, 2.0, 2.42, 2.55, 2.47, 2.74, 2.0, 1.76, 2.36, 4.06, 2.25)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L12H0", label="2 terms")
def L12H0_2(q, k):
    """Rung 2 of L12H0: first token (sink) + first token (sink). Held-out IoU 0.550. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.93, 3.8, 1.98, 1.56, 1.48, 2.03, 1.95, 1.46, 1.21, 0.433, 1.7, 3.56, 1.05)
    return (k == 0) * first_by_class + 2.2 * (k == 0)


@program(normalize="softmax", fallback="first", head="L12H0", label="3 terms")
def L12H0_3(q, k):
    """Rung 3 of L12H0: first token (sink) + first token (sink) + local window. Held-out IoU 0.569. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.83, 3.37, 1.62, 1.23, 1.21, 1.66, 1.5, 1.09, 0.873, 0.122, 1.35, 3.17, 1.04)
    return (k == 0) * first_by_class + 3.06 * (k == 0) + 1.82 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L12H0", label="5 terms")
def L12H0_5(q, k):
    """Rung 5 of L12H0: first token (sink) + first token (sink) + local window + sentence start + sentence start. Held-out IoU 0.586. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.33, 2.76, 1.2, 0.805, 0.938, 1.18, 1.03, 1.29, 0.509, 0.0227, 1.14, 2.54, 0.132)
    return (k == 0) * first_by_class + 4.04 * (k == 0) + -1.44 * (k == sentence_start(q)) + 1.27 * (k >= sentence_start(q)) + 0.663 * decay(q - k, 10.0)
