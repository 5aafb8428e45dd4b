"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H1
label: explanation ladder
source: ladder of L11H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3252 rung2_heldout_iou=0.5875 rung3_heldout_iou=0.5987 rung5_heldout_iou=0.6286 rung8_heldout_iou=0.6490 full_heldout_iou=0.6913 uniform_heldout_iou=0.1419
"""


@program(normalize="softmax", fallback="first", head="L11H1", label="1 term")
def L11H1_1(q, k):
    """Rung 1 of L11H1: local window. Held-out IoU 0.325"""
    return 8.35 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H1", label="2 terms")
def L11H1_2(q, k):
    """Rung 2 of L11H1: local window + previous token. Held-out IoU 0.588. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.53, 0.794, 2.1, 1.68, 2.07, 2.05, 1.94, 1.49, 2.13, 0.96, 0.715, 2.41, 1.94)
    return (k == q - 1) * prev_by_class + 6.33 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L11H1", label="3 terms")
def L11H1_3(q, k):
    """Rung 3 of L11H1: local window + previous token + local window. Held-out IoU 0.599. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.42, 0.783, 2.19, 1.67, 2.12, 2.28, 2.18, 1.35, 2.35, 0.843, 0.693, 2.66, 1.71)
    return (k == q - 1) * prev_by_class + 5.05 * decay(q - k, 10.0) + 4.67 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L11H1", label="5 terms")
def L11H1_5(q, k):
    """Rung 5 of L11H1: local window + previous token + local window + current token + local window. Held-out IoU 0.629. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 1.4, -0.598, 1.29, 1.31, 1.19, 1.63, 1.23, 1.08, 1.56, -0.215, -0.204, 2.0, 1.36)
    return (k == q - 1) * prev_by_class + -1.78 * (k == q) + 2.88 * decay(q - k, 3.0) + 5.42 * decay(q - k, 10.0) + 3.4 * decay(q - k, 30.0)


@program(normalize="softmax", fallback="first", head="L11H1", label="8 terms")
def L11H1_8(q, k):
    """Rung 8 of L11H1: local window + previous token + local window + current token + local window + punctuation + word-class preference + punctuation. Held-out IoU 0.649. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 1.23, -0.788, 0.967, 0.752, 0.981, 1.34, 1.17, 0.859, 1.4, -0.1, -0.689, 1.79, 0.548)
    return (k == q - 1) * prev_by_class + -2.17 * (k == q) + 0.623 * is_punct(k) + 0.976 * is_sentence_end(k) + 0.671 * is_word_start(k) + 4.58 * decay(q - k, 3.0) + 4.14 * decay(q - k, 10.0) + 2.19 * decay(q - k, 30.0)
