"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H2
label: explanation ladder
source: ladder of L11H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4159 rung2_heldout_iou=0.4804 rung3_heldout_iou=0.5227 rung5_heldout_iou=0.5402 rung8_heldout_iou=0.5434 full_heldout_iou=0.5628 uniform_heldout_iou=0.3212
"""


@program(normalize="softmax", fallback="first", head="L11H2", label="1 term")
def L11H2_1(q, k):
    """Rung 1 of L11H2: local window. Held-out IoU 0.416"""
    return 6.21 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L11H2", label="2 terms")
def L11H2_2(q, k):
    """Rung 2 of L11H2: local window + word-class preference. Held-out IoU 0.480. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.713, -0.184, 1.42, 1.48, 1.22, 1.32, 1.67, 1.08, 1.35, 2.53, -0.333, 0.979, 2.94)
    return key_class + 6.17 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L11H2", label="3 terms")
def L11H2_3(q, k):
    """Rung 3 of L11H2: local window + word-class preference + current token. Held-out IoU 0.523. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.432, -0.592, 1.11, 1.25, 0.914, 1.09, 1.2, 0.83, 1.09, 2.24, -0.605, 0.633, 2.79)
    return key_class + -1.2 * (k == q) + 6.98 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L11H2", label="5 terms")
def L11H2_5(q, k):
    """Rung 5 of L11H2: local window + word-class preference + current token + sentence start + local window. Held-out IoU 0.540. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.167, -1.2, 0.411, 0.371, 0.228, 0.5, 0.496, 0.253, 0.373, 2.36, -1.29, -0.175, 2.72)
    return key_class + -1.65 * (k == q) + 1.38 * (k >= sentence_start(q)) + 1.48 * decay(q - k, 10.0) + 4.62 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L11H2", label="8 terms")
def L11H2_8(q, k):
    """Rung 8 of L11H2: local window + word-class preference + current token + sentence start + local window + previous token + word-class preference + punctuation. Held-out IoU 0.543. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.359, -1.1, 0.191, 0.154, 0.0267, 0.305, 0.234, 0.0252, 0.561, 1.99, -1.2, -0.432, 2.47)
    return key_class + -1.87 * (k == q) + -0.464 * (k == q - 1) + 1.49 * (k >= sentence_start(q)) + 0.696 * is_sentence_end(k) + 0.468 * is_word_start(k) + 2.28 * decay(q - k, 10.0) + 3.66 * decay(q - k, 30.0)
