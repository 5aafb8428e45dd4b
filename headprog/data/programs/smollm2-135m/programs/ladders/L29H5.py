"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H5
label: explanation ladder
source: ladder of L29H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5602 rung2_heldout_iou=0.6656 rung3_heldout_iou=0.6805 rung5_heldout_iou=0.6843 rung8_heldout_iou=0.6888 full_heldout_iou=0.6895 uniform_heldout_iou=0.1782
"""


@program(normalize="weights", fallback="first", head="L29H5", label="1 term")
def L29H5_1(q, k):
    """Rung 1 of L29H5: first token (sink). Held-out IoU 0.560"""
    return 59.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H5", label="2 terms")
def L29H5_2(q, k):
    """Rung 2 of L29H5: first token (sink) + word-class preference. Held-out IoU 0.666. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.521, 0.469, 0.421, 0.284, 0.407, 0.356, 0.513, 0.338, 0.607, 3.39, 0.215, 0.294, 6.89)
    return key_class + 66.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H5", label="3 terms")
def L29H5_3(q, k):
    """Rung 3 of L29H5: first token (sink) + word-class preference + current token. Held-out IoU 0.680. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.541, 0.491, 0.444, 0.302, 0.434, 0.351, 0.556, 0.357, 0.644, 3.32, 0.242, 0.329, 7.22)
    self_by_class = table(word_class(q), 0.49, 1.22, 1.23, 1.3, 1.7, 2.89, 0.238, 0.248, 0.552, 34.1, 0.147, 0.22, 4.31)
    return key_class + (k == q) * self_by_class + 71.2 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H5", label="5 terms")
def L29H5_5(q, k):
    """Rung 5 of L29H5: first token (sink) + word-class preference + current token + local window + first token (sink). Held-out IoU 0.684. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.513, 0.437, 0.407, 0.282, 0.386, 0.327, 0.459, 0.347, 0.605, 3.33, 0.203, 0.296, 7.23)
    self_by_class = table(word_class(q), 0.489, 1.21, 1.23, 1.3, 1.7, 2.91, 0.238, 0.248, 0.552, 32.5, 0.0873, 0.22, 4.31)
    return key_class + (k == q) * self_by_class + 68.8 * (k == 0) + 0.513 * decay(q - k, 3.0) + 9.47 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L29H5", label="8 terms")
def L29H5_8(q, k):
    """Rung 8 of L29H5: first token (sink) + word-class preference + current token + local window + first token (sink) + current token + first token (sink) + sentence start. Held-out IoU 0.689. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.502, 0.411, 0.391, 0.274, 0.368, 0.321, 0.34, 0.259, 0.599, 3.4, 0.174, 0.276, 7.34)
    first_by_class = table(word_class(q), 2.86, 26.5, 3.18, 0.821, 0.668, 4.06, 5.27, 0.567, 5.42, 0.586, 20.7, 24.2, 13.3)
    self_by_class = table(word_class(q), 0.38, 1.22, 0.933, 1.26, 1.39, 2.38, 0.175, 0.159, 0.552, 33.1, 0.0894, 0.107, 4.31)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 67.0 * (k == 0) + 0.146 * (k >= sentence_start(q)) + 0.368 * decay(q - k, 3.0) + 9.56 * (k == 0 and is_word_start(q)) + 0.898 * (k == q and is_word_start(q))
