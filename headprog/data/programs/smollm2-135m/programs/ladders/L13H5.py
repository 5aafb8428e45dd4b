"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H5
label: explanation ladder
source: ladder of L13H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5943 rung2_heldout_iou=0.6604 rung3_heldout_iou=0.6634 rung5_heldout_iou=0.6654 full_heldout_iou=0.6711 uniform_heldout_iou=0.1517
"""


@program(normalize="weights", fallback="first", head="L13H5", label="1 term")
def L13H5_1(q, k):
    """Rung 1 of L13H5: first token (sink). Held-out IoU 0.594"""
    return 185.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L13H5", label="2 terms")
def L13H5_2(q, k):
    """Rung 2 of L13H5: first token (sink) + local window. Held-out IoU 0.660"""
    return 216.0 * (k == 0) + 10.0 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H5", label="3 terms")
def L13H5_3(q, k):
    """Rung 3 of L13H5: first token (sink) + local window + word-class preference. Held-out IoU 0.663"""
    return 223.0 * (k == 0) + 9.68 * decay(q - k, 3.0) + 4.34 * (k == last(is_function_word, q))


@program(normalize="weights", fallback="first", head="L13H5", label="5 terms")
def L13H5_5(q, k):
    """Rung 5 of L13H5: first token (sink) + local window + word-class preference + first token (sink) + induction. Held-out IoU 0.665. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.56, 25.4, 1.39, 0.389, 1.52, 3.28, 1.23, 0.552, 17.0, 17.1, 20.1, 19.1, 14.7)
    return (k == 0) * first_by_class + 215.0 * (k == 0) + 9.88 * decay(q - k, 3.0) + 0.213 * (k == prev_occurrence(q) + 1) + 4.34 * (k == last(is_function_word, q))
