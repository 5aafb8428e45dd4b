"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H0
label: explanation ladder
source: ladder of L13H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3118 rung2_heldout_iou=0.5635 rung3_heldout_iou=0.6472 rung5_heldout_iou=0.6519 rung8_heldout_iou=0.6611 full_heldout_iou=0.6633 uniform_heldout_iou=0.2139
"""


@program(normalize="weights", fallback="first", head="L13H0", label="1 term")
def L13H0_1(q, k):
    """Rung 1 of L13H0: first token (sink). Held-out IoU 0.312"""
    return 35.3 * (k == 0)


@program(normalize="weights", fallback="first", head="L13H0", label="2 terms")
def L13H0_2(q, k):
    """Rung 2 of L13H0: first token (sink) + local window. Held-out IoU 0.564"""
    return 40.5 * (k == 0) + 9.55 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H0", label="3 terms")
def L13H0_3(q, k):
    """Rung 3 of L13H0: first token (sink) + local window + current token. Held-out IoU 0.647"""
    return 29.6 * (k == q) + 56.3 * (k == 0) + 6.71 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H0", label="5 terms")
def L13H0_5(q, k):
    """Rung 5 of L13H0: first token (sink) + local window + current token + first token (sink) + first token (sink). Held-out IoU 0.652. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 9.47, 23.9, 15.0, 8.79, 5.89, 0.378, 0.934, 15.5, 0.406, 15.8, 1.21, 6.84, 13.9)
    return (k == 0) * first_by_class + 32.8 * (k == q) + 45.1 * (k == 0) + 7.57 * decay(q - k, 3.0) + 11.8 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L13H0", label="8 terms")
def L13H0_8(q, k):
    """Rung 8 of L13H0: first token (sink) + local window + current token + first token (sink) + first token (sink) + induction + current token + word-class preference. Held-out IoU 0.661. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0493, 0.027, 0.0801, 0.0816, 0.0595, 0.0831, 0.101, 0.0617, 0.136, 0.581, 0.0377, 0.0433, 0.373)
    first_by_class = table(word_class(q), 7.63, 23.8, 11.5, 8.3, 5.04, 0.381, 0.452, 15.2, 0.654, 15.2, 1.21, 7.49, 10.7)
    self_by_class = table(word_class(q), 5.0, 0.428, 1.06, 0.373, 1.47, 18.8, 0.407, 0.373, 8.34, 0.382, 8.84, 11.1, 1.18)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 26.8 * (k == q) + 44.4 * (k == 0) + 7.29 * decay(q - k, 3.0) + 10.2 * (k == 0 and is_word_start(q)) + 3.21 * (k == prev_occurrence(q) + 1)
