"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H0
label: explanation ladder
source: ladder of L18H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3684 rung2_heldout_iou=0.5627 rung3_heldout_iou=0.5717 rung5_heldout_iou=0.5752 rung8_heldout_iou=0.5778 full_heldout_iou=0.5864 uniform_heldout_iou=0.2334
"""


@program(normalize="weights", fallback="first", head="L18H0", label="1 term")
def L18H0_1(q, k):
    """Rung 1 of L18H0: first token (sink). Held-out IoU 0.368"""
    return 35.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L18H0", label="2 terms")
def L18H0_2(q, k):
    """Rung 2 of L18H0: first token (sink) + local window. Held-out IoU 0.563"""
    return 28.8 * (k == 0) + 3.62 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H0", label="3 terms")
def L18H0_3(q, k):
    """Rung 3 of L18H0: first token (sink) + local window + sentence start. Held-out IoU 0.572"""
    return 34.6 * (k == 0) + 0.511 * (k >= sentence_start(q)) + 3.21 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H0", label="5 terms")
def L18H0_5(q, k):
    """Rung 5 of L18H0: first token (sink) + local window + sentence start + first token (sink) + current token. Held-out IoU 0.575. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.79, 37.7, 0.293, 0.321, 0.694, 0.371, 0.415, 4.21, 19.1, 13.6, 34.8, 8.62, 7.85)
    self_by_class = table(word_class(q), 0.113, 0.126, 0.159, 1.06, 0.132, 4.84, 1.44, 0.193, 1.46, 14.7, 0.136, 1.04, 4.13)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 31.4 * (k == 0) + 0.577 * (k >= sentence_start(q)) + 3.35 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H0", label="8 terms")
def L18H0_8(q, k):
    """Rung 8 of L18H0: first token (sink) + local window + sentence start + first token (sink) + current token + local window + local window + induction. Held-out IoU 0.578. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.77, 38.3, 0.293, 0.3, 0.697, 0.376, 0.389, 4.16, 20.8, 13.6, 34.9, 8.61, 7.93)
    self_by_class = table(word_class(q), 0.113, 0.127, 0.16, 1.08, 0.133, 4.94, 1.46, 0.193, 1.51, 14.7, 0.137, 1.06, 4.06)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 1.37 * (k == q - 2) + 1.07 * (k == q - 3) + 33.0 * (k == 0) + 0.582 * (k >= sentence_start(q)) + 3.2 * decay(q - k, 3.0) + 1.99 * (k == prev_occurrence(q) + 1)
