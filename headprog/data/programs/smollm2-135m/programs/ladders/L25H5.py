"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H5
label: explanation ladder
source: ladder of L25H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6602 rung2_heldout_iou=0.7392 rung3_heldout_iou=0.7470 rung8_heldout_iou=0.7487 full_heldout_iou=0.7592 uniform_heldout_iou=0.1301
"""


@program(normalize="weights", fallback="first", head="L25H5", label="1 term")
def L25H5_1(q, k):
    """Rung 1 of L25H5: first token (sink). Held-out IoU 0.660"""
    return 179.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H5", label="2 terms")
def L25H5_2(q, k):
    """Rung 2 of L25H5: first token (sink) + local window. Held-out IoU 0.739"""
    return 211.0 * (k == 0) + 7.46 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H5", label="3 terms")
def L25H5_3(q, k):
    """Rung 3 of L25H5: first token (sink) + local window + current token. Held-out IoU 0.747. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 8.51, 0.456, 3.31, 3.71, 0.146, 0.13, 0.138, 3.75, 0.906, 0.168, 0.99, 0.17, 0.0893)
    return (k == q) * self_by_class + 222.0 * (k == 0) + 6.86 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H5", label="8 terms")
def L25H5_8(q, k):
    """Rung 8 of L25H5: first token (sink) + local window + current token + first token (sink) + first token (sink) + first token (sink) + current token + first token (sink). Held-out IoU 0.749. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.51, 15.5, 1.18, 0.495, 8.54, 12.6, 7.53, 0.93, 3.34, 9.07, 11.9, 15.9, 15.2)
    self_by_class = table(word_class(q), 7.98, 0.515, 3.29, 3.68, 0.144, 0.127, 0.127, 3.75, 0.928, 0.179, 0.963, 0.157, 0.0893)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 219.0 * (k == 0) + 6.96 * decay(q - k, 3.0) + 5.92 * ((k == 0) * decay(q, 32.0)) + 11.4 * (k == 0 and is_word_start(q)) + 2.15 * (k == q and is_word_start(q)) + 6.7 * (k == 0 and is_function_word(q))
