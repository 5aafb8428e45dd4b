"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H3
label: explanation ladder
source: ladder of L24H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6402 rung3_heldout_iou=0.7016 rung5_heldout_iou=0.7041 rung8_heldout_iou=0.7048 full_heldout_iou=0.7118 uniform_heldout_iou=0.1285
"""


@program(normalize="weights", fallback="first", head="L24H3", label="1 term")
def L24H3_1(q, k):
    """Rung 1 of L24H3: first token (sink). Held-out IoU 0.640"""
    return 0.803 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H3", label="3 terms")
def L24H3_3(q, k):
    """Rung 3 of L24H3: first token (sink) + first token (sink) + local window. Held-out IoU 0.702"""
    return 427.0 * (k == 0) + 16.7 * decay(q - k, 3.0) + 1.15 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H3", label="5 terms")
def L24H3_5(q, k):
    """Rung 5 of L24H3: first token (sink) + first token (sink) + local window + current token + first token (sink). Held-out IoU 0.704. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 10.4, 0.598, 6.96, 2.82, 5.24, 0.488, 0.399, 0.653, 1.57, 0.343, 0.966, 0.768, 0.375)
    return (k == q) * self_by_class + 431.0 * (k == 0) + 16.3 * decay(q - k, 3.0) + 9.15 * (k == 0 and is_word_start(q)) + 1.15 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H3", label="8 terms")
def L24H3_8(q, k):
    """Rung 8 of L24H3: first token (sink) + first token (sink) + local window + current token + first token (sink) + first token (sink) + word-class preference + punctuation. Held-out IoU 0.705. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 10.4, 0.597, 7.09, 2.83, 5.3, 0.488, 0.399, 0.653, 1.57, 0.343, 0.968, 0.768, 0.375)
    return (k == q) * self_by_class + 430.0 * (k == 0) + 0.0453 * is_sentence_end(k) + 16.1 * decay(q - k, 3.0) + 7.05 * ((k == 0) * decay(q, 32.0)) + 9.14 * (k == 0 and is_word_start(q)) + 0.0236 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.15 * (k == 0 and is_function_word(q))
