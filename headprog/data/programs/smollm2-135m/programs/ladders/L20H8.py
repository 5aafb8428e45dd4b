"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H8
label: explanation ladder
source: ladder of L20H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7514 rung2_heldout_iou=0.7647 rung3_heldout_iou=0.7756 rung5_heldout_iou=0.7771 rung8_heldout_iou=0.7775 full_heldout_iou=0.7804 uniform_heldout_iou=0.0977
"""


@program(normalize="weights", fallback="first", head="L20H8", label="1 term")
def L20H8_1(q, k):
    """Rung 1 of L20H8: first token (sink). Held-out IoU 0.751"""
    return 217.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H8", label="2 terms")
def L20H8_2(q, k):
    """Rung 2 of L20H8: first token (sink) + previous token. Held-out IoU 0.765. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.309, 0.34, 0.355, 0.602, 0.452, 1770.0, 0.965, 7.7, 55.1, 0.42, 0.381, 0.413, 0.526)
    return (k == q - 1) * prev_by_class + 186.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H8", label="3 terms")
def L20H8_3(q, k):
    """Rung 3 of L20H8: first token (sink) + previous token + local window. Held-out IoU 0.776. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.141, 0.157, 0.165, 0.287, 0.229, 1430.0, 0.937, 7.69, 54.0, 0.21, 0.177, 0.19, 0.248)
    return (k == q - 1) * prev_by_class + 188.0 * (k == 0) + 0.384 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L20H8", label="5 terms")
def L20H8_5(q, k):
    """Rung 5 of L20H8: first token (sink) + previous token + local window + local window + induction. Held-out IoU 0.777. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.141, 0.157, 0.164, 0.29, 0.234, 1750.0, 0.828, 7.7, 54.9, 0.216, 0.176, 0.191, 0.25)
    return (k == q - 1) * prev_by_class + 218.0 * (k == 0) + 0.229 * decay(q - k, 3.0) + 0.289 * decay(q - k, 10.0) + 3.61 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L20H8", label="8 terms")
def L20H8_8(q, k):
    """Rung 8 of L20H8: first token (sink) + previous token + local window + local window + induction + induction + first token (sink) + punctuation. Held-out IoU 0.777. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.141, 0.157, 0.164, 0.294, 0.244, 1770.0, 0.963, 7.69, 55.3, 0.216, 0.176, 0.192, 0.25)
    return (k == q - 1) * prev_by_class + 221.0 * (k == 0) + 0.696 * (prev_token(k) == token(q)) + 0.0166 * is_sentence_end(k) + 0.23 * decay(q - k, 3.0) + 0.285 * decay(q - k, 10.0) + 16.5 * ((k == 0) * decay(q, 32.0)) + 3.54 * (k == prev_occurrence(q) + 1)
