"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H2
label: explanation ladder
source: ladder of L1H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3741 rung2_heldout_iou=0.5693 rung3_heldout_iou=0.6056 rung5_heldout_iou=0.6117 rung8_heldout_iou=0.6263 full_heldout_iou=0.6506 uniform_heldout_iou=0.1593
"""


@program(normalize="softmax", fallback="first", head="L1H2", label="1 term")
def L1H2_1(q, k):
    """Rung 1 of L1H2: previous token. Held-out IoU 0.374. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 4.25, 0.716, 3.43, 2.62, 3.16, 2.64, 2.03, 1.8, 1.86, 0.959, 1.57, 2.49, 2.04)
    return (k == q - 1) * prev_by_class


@program(normalize="softmax", fallback="first", head="L1H2", label="2 terms")
def L1H2_2(q, k):
    """Rung 2 of L1H2: previous token + local window. Held-out IoU 0.569. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.53, 0.543, 3.04, 2.43, 2.54, 2.42, 2.05, 1.66, 1.39, -0.347, 1.14, 2.22, 1.82)
    return (k == q - 1) * prev_by_class + 4.38 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L1H2", label="3 terms")
def L1H2_3(q, k):
    """Rung 3 of L1H2: previous token + local window + punctuation. Held-out IoU 0.606. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.73, 0.268, 3.1, 2.25, 2.74, 2.21, 2.07, 1.42, 2.54, 0.788, 0.989, 2.33, 0.522)
    return (k == q - 1) * prev_by_class + 1.77 * is_punct(k) + 4.39 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L1H2", label="5 terms")
def L1H2_5(q, k):
    """Rung 5 of L1H2: previous token + local window + punctuation + local window + punctuation. Held-out IoU 0.612. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 2.6, 0.219, 3.05, 2.11, 2.64, 2.17, 2.03, 1.24, 2.3, 1.07, 0.98, 2.26, 0.0168)
    return (k == q - 1) * prev_by_class + 1.44 * is_punct(k) + 0.647 * is_sentence_end(k) + 3.23 * decay(q - k, 3.0) + 1.95 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L1H2", label="8 terms")
def L1H2_8(q, k):
    """Rung 8 of L1H2: previous token + local window + punctuation + local window + punctuation + previous token + word-class preference + word-class preference. Held-out IoU 0.626. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 1.26, -1.1, 2.13, 1.66, 1.66, 1.42, 1.07, 0.56, 1.17, 0.113, -0.0884, 1.29, -0.528)
    return (k == q - 1) * prev_by_class + 1.44 * (k == q - 1) + 2.03 * is_punct(k) + 0.99 * is_sentence_end(k) + 0.282 * is_word_start(k) + 3.04 * decay(q - k, 3.0) + 2.01 * decay(q - k, 10.0) + 0.0616 * is_function_word(k)
