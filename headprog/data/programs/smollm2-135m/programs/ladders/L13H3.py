"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H3
label: explanation ladder
source: ladder of L13H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4075 rung2_heldout_iou=0.5330 rung5_heldout_iou=0.5398 rung8_heldout_iou=0.5453 full_heldout_iou=0.5582 uniform_heldout_iou=0.1817
"""


@program(normalize="weights", fallback="first", head="L13H3", label="1 term")
def L13H3_1(q, k):
    """Rung 1 of L13H3: first token (sink). Held-out IoU 0.407"""
    return 85.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L13H3", label="2 terms")
def L13H3_2(q, k):
    """Rung 2 of L13H3: first token (sink) + local window. Held-out IoU 0.533"""
    return 114.0 * (k == 0) + 10.6 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H3", label="5 terms")
def L13H3_5(q, k):
    """Rung 5 of L13H3: first token (sink) + local window + first token (sink) + word-class preference + first token (sink). Held-out IoU 0.540. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.97, 11.7, 15.2, 12.5, 14.4, 8.05, 13.2, 6.48, 1.59, 19.0, 0.87, 1.8, 15.5)
    return (k == 0) * first_by_class + 106.0 * (k == 0) + 11.5 * decay(q - k, 3.0) + 24.5 * (k == 0 and is_word_start(q)) + 4.96 * (k == last(is_function_word, q))


@program(normalize="weights", fallback="first", head="L13H3", label="8 terms")
def L13H3_8(q, k):
    """Rung 8 of L13H3: first token (sink) + local window + first token (sink) + word-class preference + first token (sink) + word-class preference + induction + local window. Held-out IoU 0.545. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0084, 0.0158, 0.0273, 0.0491, 0.0271, 0.0536, 0.188, 0.246, 0.0359, 1.46, 0.0153, 0.0175, 2.52)
    first_by_class = table(word_class(q), 1.93, 11.7, 15.2, 12.6, 14.4, 8.07, 13.2, 6.38, 1.58, 18.9, 0.843, 1.83, 15.5)
    return key_class + (k == 0) * first_by_class + 3.65 * (k == q - 3) + 111.0 * (k == 0) + 10.6 * decay(q - k, 3.0) + 24.7 * (k == 0 and is_word_start(q)) + 3.56 * (k == prev_occurrence(q) + 1) + 5.22 * (k == last(is_function_word, q))
