"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H2
label: explanation ladder
source: ladder of L18H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4647 rung2_heldout_iou=0.5408 rung3_heldout_iou=0.5457 rung5_heldout_iou=0.5623 rung8_heldout_iou=0.5661 full_heldout_iou=0.5696 uniform_heldout_iou=0.1868
"""


@program(normalize="weights", fallback="first", head="L18H2", label="1 term")
def L18H2_1(q, k):
    """Rung 1 of L18H2: first token (sink). Held-out IoU 0.465"""
    return 45.4 * (k == 0)


@program(normalize="weights", fallback="first", head="L18H2", label="2 terms")
def L18H2_2(q, k):
    """Rung 2 of L18H2: first token (sink) + local window. Held-out IoU 0.541"""
    return 42.2 * (k == 0) + 2.92 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H2", label="3 terms")
def L18H2_3(q, k):
    """Rung 3 of L18H2: first token (sink) + local window + previous token. Held-out IoU 0.546. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.129, 0.0844, 0.264, 0.759, 0.189, 83.8, 0.605, 3.82, 3.57, 0.0765, 0.0778, 0.106, 0.104)
    return (k == q - 1) * prev_by_class + 44.5 * (k == 0) + 3.12 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H2", label="5 terms")
def L18H2_5(q, k):
    """Rung 5 of L18H2: first token (sink) + local window + previous token + first token (sink) + word-class preference. Held-out IoU 0.562. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0555, 0.0535, 0.0319, 0.0478, 0.0333, 0.049, 0.0537, 0.0669, 0.0371, 0.351, 0.0185, 0.0524, 0.276)
    prev_by_class = table(word_class(q), 0.131, 0.0849, 0.275, 0.792, 0.194, 155.0, 0.639, 3.87, 6.57, 0.0775, 0.0784, 0.107, 0.105)
    return key_class + (k == q - 1) * prev_by_class + 44.2 * (k == 0) + 2.86 * decay(q - k, 3.0) + 51.7 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L18H2", label="8 terms")
def L18H2_8(q, k):
    """Rung 8 of L18H2: first token (sink) + local window + previous token + first token (sink) + word-class preference + induction + sentence start + first token (sink). Held-out IoU 0.566. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0587, 0.0568, 0.0338, 0.0505, 0.036, 0.0522, 0.0561, 0.0682, 0.0387, 0.379, 0.0193, 0.0551, 0.305)
    first_by_class = table(word_class(q), 39.7, 48.1, 7.51, 2.59, 5.78, 0.341, 1.45, 0.329, 0.427, 1.51, 30.5, 12.9, 0.358)
    prev_by_class = table(word_class(q), 0.135, 0.0906, 0.284, 0.806, 0.194, 178.0, 0.648, 3.99, 6.35, 0.0771, 0.0791, 0.108, 0.104)
    return key_class + (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 44.3 * (k == 0) + 0.306 * (k >= sentence_start(q)) + 2.7 * decay(q - k, 3.0) + 50.5 * ((k == 0) * decay(q, 32.0)) + 2.51 * (k == prev_occurrence(q) + 1)
