"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H7
label: explanation ladder
source: ladder of L14H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3891 rung2_heldout_iou=0.6058 rung3_heldout_iou=0.6224 rung5_heldout_iou=0.6284 rung8_heldout_iou=0.6291 full_heldout_iou=0.6325 uniform_heldout_iou=0.2755
"""


@program(normalize="weights", fallback="first", head="L14H7", label="1 term")
def L14H7_1(q, k):
    """Rung 1 of L14H7: first token (sink). Held-out IoU 0.389"""
    return 40.1 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H7", label="2 terms")
def L14H7_2(q, k):
    """Rung 2 of L14H7: first token (sink) + local window. Held-out IoU 0.606"""
    return 46.5 * (k == 0) + 2.8 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H7", label="3 terms")
def L14H7_3(q, k):
    """Rung 3 of L14H7: first token (sink) + local window + word-class preference. Held-out IoU 0.622. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.287, 0.55, 0.0932, 0.387, 0.045, 0.081, 0.73, 0.183, 0.139, 3.16, 0.0266, 0.51, 2.6)
    return key_class + 60.9 * (k == 0) + 2.89 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H7", label="5 terms")
def L14H7_5(q, k):
    """Rung 5 of L14H7: first token (sink) + local window + word-class preference + first token (sink) + current token. Held-out IoU 0.628. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.288, 0.548, 0.093, 0.386, 0.0453, 0.0813, 0.722, 0.176, 0.139, 3.11, 0.0267, 0.515, 2.58)
    first_by_class = table(word_class(q), 0.872, 24.0, 0.948, 0.564, 0.653, 0.466, 0.499, 3.15, 3.78, 17.7, 23.9, 19.2, 16.2)
    return key_class + (k == 0) * first_by_class + 1.7 * (k == q) + 57.0 * (k == 0) + 2.74 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H7", label="8 terms")
def L14H7_8(q, k):
    """Rung 8 of L14H7: first token (sink) + local window + word-class preference + first token (sink) + current token + word-class preference + duplicate token + duplicate token. Held-out IoU 0.629. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.258, 0.561, 0.0923, 0.395, 0.045, 0.0824, 0.752, 0.178, 0.141, 3.37, 0.0265, 0.519, 2.65)
    first_by_class = table(word_class(q), 0.923, 24.0, 0.912, 0.511, 0.634, 0.389, 0.445, 3.25, 3.68, 17.3, 23.9, 19.1, 16.2)
    return key_class + (k == 0) * first_by_class + 1.96 * (k == q) + 59.5 * (k == 0) + 0.0615 * (k < q and token(k) == token(q)) + 0.0433 * (k < q and lower(k) == lower(q)) + 2.77 * decay(q - k, 10.0) + 0.509 * (k < q and word_class(k) == word_class(q))
