"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H3
label: explanation ladder
source: ladder of L28H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6564 rung2_heldout_iou=0.7410 rung3_heldout_iou=0.7428 rung5_heldout_iou=0.7488 rung8_heldout_iou=0.7549 full_heldout_iou=0.7602 uniform_heldout_iou=0.1414
"""


@program(normalize="weights", fallback="first", head="L28H3", label="1 term")
def L28H3_1(q, k):
    """Rung 1 of L28H3: first token (sink). Held-out IoU 0.656"""
    return 139.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H3", label="2 terms")
def L28H3_2(q, k):
    """Rung 2 of L28H3: first token (sink) + local window. Held-out IoU 0.741"""
    return 164.0 * (k == 0) + 7.2 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L28H3", label="3 terms")
def L28H3_3(q, k):
    """Rung 3 of L28H3: first token (sink) + local window + first token (sink). Held-out IoU 0.743. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 17.1, 19.9, 3.02, 0.903, 0.611, 0.358, 2.03, 2.65, 0.82, 14.3, 1.37, 14.9, 0.487)
    return (k == 0) * first_by_class + 156.0 * (k == 0) + 7.58 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L28H3", label="5 terms")
def L28H3_5(q, k):
    """Rung 5 of L28H3: first token (sink) + local window + first token (sink) + current token + first token (sink). Held-out IoU 0.749. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 17.0, 19.9, 3.0, 0.912, 0.678, 0.36, 2.02, 2.59, 0.883, 14.3, 1.39, 14.9, 0.444)
    self_by_class = table(word_class(q), 0.401, 0.185, 0.899, 5.1, 6.71, 5.54, 1.67, 0.233, 3.45, 0.18, 2.8, 0.602, 8.95)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 156.0 * (k == 0) + 7.43 * decay(q - k, 3.0) + 10.2 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L28H3", label="8 terms")
def L28H3_8(q, k):
    """Rung 8 of L28H3: first token (sink) + local window + first token (sink) + current token + first token (sink) + first token (sink) + punctuation + previous token. Held-out IoU 0.755. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 16.8, 19.9, 2.91, 0.822, 0.641, 0.358, 1.97, 2.45, 0.871, 14.3, 1.33, 14.8, 0.399)
    self_by_class = table(word_class(q), 0.435, 0.186, 1.02, 6.16, 7.54, 7.01, 1.99, 0.238, 4.08, 0.182, 3.13, 0.641, 8.94)
    prev_by_class = table(word_class(q), 0.0915, 0.0689, 0.524, 0.611, 4.06, 9.96, 0.409, 0.93, 5.8, 0.079, 2.19, 0.0814, 2.2)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 166.0 * (k == 0) + 0.543 * is_newline(k) + 6.91 * decay(q - k, 3.0) + 6.14 * ((k == 0) * decay(q, 32.0)) + 10.1 * (k == 0 and is_word_start(q))
