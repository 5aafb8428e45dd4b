"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H1
label: explanation ladder
source: ladder of L13H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2873 rung2_heldout_iou=0.4931 rung3_heldout_iou=0.5393 rung5_heldout_iou=0.5523 rung8_heldout_iou=0.5605 full_heldout_iou=0.5678 uniform_heldout_iou=0.2050
"""


@program(normalize="weights", fallback="first", head="L13H1", label="1 term")
def L13H1_1(q, k):
    """Rung 1 of L13H1: first token (sink). Held-out IoU 0.287"""
    return 54.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L13H1", label="2 terms")
def L13H1_2(q, k):
    """Rung 2 of L13H1: first token (sink) + local window. Held-out IoU 0.493"""
    return 69.5 * (k == 0) + 12.6 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H1", label="3 terms")
def L13H1_3(q, k):
    """Rung 3 of L13H1: first token (sink) + local window + previous token. Held-out IoU 0.539. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 46.8, 0.153, 8.29, 7.97, 8.2, 0.411, 0.553, 7.45, 0.448, 0.276, 0.654, 12.7, 0.331)
    return (k == q - 1) * prev_by_class + 72.9 * (k == 0) + 11.3 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H1", label="5 terms")
def L13H1_5(q, k):
    """Rung 5 of L13H1: first token (sink) + local window + previous token + first token (sink) + local window. Held-out IoU 0.552. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 57.5, 0.154, 8.33, 7.98, 8.25, 0.412, 0.553, 7.46, 0.45, 0.285, 0.654, 12.8, 0.47)
    return (k == q - 1) * prev_by_class + 12.0 * (k == q - 2) + 69.6 * (k == 0) + 10.6 * decay(q - k, 3.0) + 13.2 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L13H1", label="8 terms")
def L13H1_8(q, k):
    """Rung 8 of L13H1: first token (sink) + local window + previous token + first token (sink) + local window + first token (sink) + word-class preference + word start. Held-out IoU 0.560. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 7.65, 23.4, 7.09, 1.37, 0.454, 7.3, 0.937, 0.367, 1.72, 9.01, 0.38, 18.1, 10.8)
    prev_by_class = table(word_class(q), 51.2, 0.155, 8.27, 7.96, 8.22, 0.412, 0.553, 7.45, 0.448, 0.271, 0.652, 12.7, 0.476)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 11.1 * (k == q - 2) + 66.7 * (k == 0) + 5.64 * (k == last(is_word_start, q)) + 10.2 * decay(q - k, 3.0) + 12.8 * (k == 0 and is_word_start(q)) + 7.33 * (k == last(is_function_word, q))
