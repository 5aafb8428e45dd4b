"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H6
label: explanation ladder
source: ladder of L28H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4895 rung2_heldout_iou=0.5286 rung3_heldout_iou=0.5392 rung5_heldout_iou=0.5429 rung8_heldout_iou=0.5439 full_heldout_iou=0.5694 uniform_heldout_iou=0.2762
"""


@program(normalize="softmax", fallback="first", head="L28H6", label="1 term")
def L28H6_1(q, k):
    """Rung 1 of L28H6: first token (sink). Held-out IoU 0.489"""
    return 3.14 * (k == 0)


@program(normalize="softmax", fallback="first", head="L28H6", label="2 terms")
def L28H6_2(q, k):
    """Rung 2 of L28H6: first token (sink) + word-class preference. Held-out IoU 0.529. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.641, 0.367, 0.691, 1.04, 0.346, 0.583, 1.09, 0.146, 0.733, 2.74, -0.0652, 0.428, 3.65)
    return key_class + 3.07 * (k == 0)


@program(normalize="softmax", fallback="first", head="L28H6", label="3 terms")
def L28H6_3(q, k):
    """Rung 3 of L28H6: first token (sink) + word-class preference + first token (sink). Held-out IoU 0.539. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.49, 0.267, 0.451, 0.735, 0.273, 0.552, 0.904, -0.0388, 0.637, 2.62, -0.429, 0.358, 3.4)
    return key_class + 3.78 * (k == 0) + -1.02 * (k == 0 and is_word_start(q))


@program(normalize="softmax", fallback="first", head="L28H6", label="5 terms")
def L28H6_5(q, k):
    """Rung 5 of L28H6: first token (sink) + word-class preference + first token (sink) + sentence start + local window. Held-out IoU 0.543. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.185, -0.000797, 0.139, 0.635, -0.0202, 0.233, 0.541, -0.342, 0.376, 2.39, -0.719, 0.114, 3.21)
    return key_class + 4.1 * (k == 0) + 0.383 * (k >= sentence_start(q)) + 0.985 * decay(q - k, 10.0) + -1.08 * (k == 0 and is_word_start(q))


@program(normalize="softmax", fallback="first", head="L28H6", label="8 terms")
def L28H6_8(q, k):
    """Rung 8 of L28H6: first token (sink) + word-class preference + first token (sink) + sentence start + local window + word-class preference + word-class preference + local window. Held-out IoU 0.544. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.209, -0.354, -0.121, 0.357, -0.369, -0.0788, 0.219, -0.723, 0.0288, 2.1, -1.1, -0.247, 2.75)
    return key_class + 4.14 * (k == 0) + 0.437 * (k >= sentence_start(q)) + -0.139 * is_capitalized(k) + -0.308 * decay(q - k, 1.0) + 1.05 * decay(q - k, 10.0) + -1.07 * (k == 0 and is_word_start(q)) + 0.17 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
