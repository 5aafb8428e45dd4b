"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H4
label: explanation ladder
source: ladder of L12H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4027 rung2_heldout_iou=0.4440 rung3_heldout_iou=0.4738 rung5_heldout_iou=0.4931 rung8_heldout_iou=0.5000 full_heldout_iou=0.5249 uniform_heldout_iou=0.2468
"""


@program(normalize="softmax", fallback="first", head="L12H4", label="1 term")
def L12H4_1(q, k):
    """Rung 1 of L12H4: first token (sink). Held-out IoU 0.403. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.49, 2.76, 1.48, 1.59, 1.59, 0.981, 0.815, 1.73, 0.937, -0.465, 2.41, 2.98, 0.431)
    return (k == 0) * first_by_class


@program(normalize="softmax", fallback="first", head="L12H4", label="2 terms")
def L12H4_2(q, k):
    """Rung 2 of L12H4: first token (sink) + local window. Held-out IoU 0.444. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.33, 3.74, 2.27, 1.58, 2.5, 1.17, 1.11, 1.61, 1.2, -0.116, 3.38, 3.76, 0.5)
    return (k == 0) * first_by_class + 2.3 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L12H4", label="3 terms")
def L12H4_3(q, k):
    """Rung 3 of L12H4: first token (sink) + local window + word-class preference. Held-out IoU 0.474. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.148, 0.365, -0.864, -0.881, -0.794, -0.825, -0.814, -1.28, -1.45, -0.895, -1.25, -0.0198, -1.44)
    first_by_class = table(word_class(q), 4.44, 4.07, 2.08, 1.59, 2.37, 0.79, 0.947, 0.975, 1.15, 0.0213, 3.49, 4.06, 0.475)
    return key_class + (k == 0) * first_by_class + 2.69 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L12H4", label="5 terms")
def L12H4_5(q, k):
    """Rung 5 of L12H4: first token (sink) + local window + word-class preference + first token (sink) + sentence start. Held-out IoU 0.493. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.422, 0.686, -1.19, -0.995, -0.665, -0.529, -0.558, -1.07, -1.07, -0.507, -0.715, -0.192, -1.16)
    first_by_class = table(word_class(q), 3.19, 3.11, 0.589, 1.14, 0.726, 0.172, -0.369, 1.17, 0.0845, -0.703, 2.44, 3.11, -0.365)
    return key_class + (k == 0) * first_by_class + 2.25 * (k == 0) + 0.661 * (k >= sentence_start(q)) + 2.67 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L12H4", label="8 terms")
def L12H4_8(q, k):
    """Rung 8 of L12H4: first token (sink) + local window + word-class preference + first token (sink) + sentence start + local window + word-class preference + rare or new tokens. Held-out IoU 0.500. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.506, 0.707, -0.939, -0.723, -0.574, -0.397, -0.411, -1.11, -0.816, -0.335, -0.474, -0.0494, -1.04)
    first_by_class = table(word_class(q), 2.76, 2.74, 0.293, 0.902, 0.481, -0.223, -0.724, 0.996, -0.341, -0.885, 1.83, 2.6, -0.45)
    return key_class + (k == 0) * first_by_class + 2.69 * (k == 0) + 0.562 * (k >= sentence_start(q)) + 0.702 * (count(k) == 1) + 1.42 * decay(q - k, 3.0) + 1.62 * decay(q - k, 10.0) + -0.133 * (k < q and word_class(k) == word_class(q))
