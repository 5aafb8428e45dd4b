"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H5
label: explanation ladder
source: ladder of L20H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7978 rung2_heldout_iou=0.8092 rung3_heldout_iou=0.8121 rung5_heldout_iou=0.8148 full_heldout_iou=0.8162 uniform_heldout_iou=0.0937
"""


@program(normalize="weights", fallback="first", head="L20H5", label="1 term")
def L20H5_1(q, k):
    """Rung 1 of L20H5: first token (sink). Held-out IoU 0.798"""
    return 370.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H5", label="2 terms")
def L20H5_2(q, k):
    """Rung 2 of L20H5: first token (sink) + local window. Held-out IoU 0.809"""
    return 327.0 * (k == 0) + 1.4 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L20H5", label="3 terms")
def L20H5_3(q, k):
    """Rung 3 of L20H5: first token (sink) + local window + previous token. Held-out IoU 0.812. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0736, 0.125, 0.0971, 0.119, 0.172, 96.7, 0.134, 0.251, 10.6, 0.092, 0.103, 0.106, 0.106)
    return (k == q - 1) * prev_by_class + 345.0 * (k == 0) + 1.3 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L20H5", label="5 terms")
def L20H5_5(q, k):
    """Rung 5 of L20H5: first token (sink) + local window + previous token + induction + current token. Held-out IoU 0.815. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 2.43, 1.87, 0.558, 0.821, 0.739, 12.3, 0.872, 2.4, 3.34, 0.378, 0.932, 2.66, 0.455)
    prev_by_class = table(word_class(q), 0.0739, 0.136, 0.0978, 0.12, 0.207, 101.0, 0.135, 0.257, 10.2, 0.0923, 0.104, 0.106, 0.106)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 404.0 * (k == 0) + 3.52 * (prev_token(k) == token(q)) + 1.09 * decay(q - k, 3.0)
