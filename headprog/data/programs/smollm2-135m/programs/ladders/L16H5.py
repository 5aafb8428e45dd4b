"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H5
label: explanation ladder
source: ladder of L16H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3644 rung2_heldout_iou=0.4264 rung3_heldout_iou=0.4341 rung5_heldout_iou=0.4476 rung8_heldout_iou=0.4711 full_heldout_iou=0.5140 uniform_heldout_iou=0.2295
"""


@program(normalize="softmax", fallback="first", head="L16H5", label="1 term")
def L16H5_1(q, k):
    """Rung 1 of L16H5: first token (sink). Held-out IoU 0.364. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.03, 3.03, 1.9, 1.35, 1.38, 1.69, 0.221, 0.811, 1.39, 1.46, 3.16, 3.36, 3.41)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L16H5", label="2 terms")
def L16H5_2(q, k):
    """Rung 2 of L16H5: first token (sink) + local window. Held-out IoU 0.426. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.85, 4.18, 3.06, 1.44, 2.49, 2.33, 0.984, 0.786, 2.01, 1.91, 4.46, 4.39, 2.87)
    return (k == 0) * first_by_class + 2.61 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L16H5", label="3 terms")
def L16H5_3(q, k):
    """Rung 3 of L16H5: first token (sink) + local window + rare or new tokens. Held-out IoU 0.434. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.94, 4.11, 2.76, 1.46, 2.26, 2.35, 0.966, 0.764, 2.0, 1.98, 4.07, 4.41, 2.68)
    return (k == 0) * first_by_class + 2.81 * decay(q - k, 3.0) + 1.38 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L16H5", label="5 terms")
def L16H5_5(q, k):
    """Rung 5 of L16H5: first token (sink) + local window + rare or new tokens + sentence start + previous token. Held-out IoU 0.448. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.9, 4.08, 2.8, 1.46, 2.27, 1.93, 0.512, 0.68, 1.97, 2.0, 4.0, 4.38, 2.41)
    return (k == 0) * first_by_class + 0.832 * (k == q - 1) + 1.02 * (k >= sentence_start(q)) + 2.08 * decay(q - k, 3.0) + 1.43 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L16H5", label="8 terms")
def L16H5_8(q, k):
    """Rung 8 of L16H5: first token (sink) + local window + rare or new tokens + sentence start + previous token + local window + first token (sink) + local window. Held-out IoU 0.471. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.66, 3.0, 1.72, 1.05, 0.955, 0.97, -0.517, -0.0295, 0.672, 0.634, 3.04, 3.44, 2.15)
    return (k == 0) * first_by_class + 1.14 * (k == q - 1) + 0.916 * (k == q - 2) + 2.17 * (k == 0) + 0.911 * (k >= sentence_start(q)) + 2.73 * decay(q - k, 3.0) + -0.829 * decay(q - k, 30.0) + 0.949 * (rarity(k) / 16.0)
