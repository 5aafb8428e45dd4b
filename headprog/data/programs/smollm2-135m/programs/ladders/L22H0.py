"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H0
label: explanation ladder
source: ladder of L22H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5453 rung2_heldout_iou=0.6185 rung3_heldout_iou=0.6235 rung5_heldout_iou=0.6262 rung8_heldout_iou=0.6267 full_heldout_iou=0.6333 uniform_heldout_iou=0.1798
"""


@program(normalize="weights", fallback="first", head="L22H0", label="1 term")
def L22H0_1(q, k):
    """Rung 1 of L22H0: first token (sink). Held-out IoU 0.545"""
    return 107.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L22H0", label="2 terms")
def L22H0_2(q, k):
    """Rung 2 of L22H0: first token (sink) + local window. Held-out IoU 0.619"""
    return 115.0 * (k == 0) + 6.46 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H0", label="3 terms")
def L22H0_3(q, k):
    """Rung 3 of L22H0: first token (sink) + local window + first token (sink). Held-out IoU 0.624. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 28.5, 35.7, 0.706, 0.395, 4.24, 1.8, 0.38, 1.29, 4.78, 0.398, 13.7, 22.1, 14.1)
    return (k == 0) * first_by_class + 113.0 * (k == 0) + 6.7 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H0", label="5 terms")
def L22H0_5(q, k):
    """Rung 5 of L22H0: first token (sink) + local window + first token (sink) + current token + first token (sink). Held-out IoU 0.626. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 28.7, 35.7, 0.79, 0.395, 4.25, 1.84, 0.507, 1.33, 4.81, 0.687, 13.7, 22.1, 14.1)
    self_by_class = table(word_class(q), 2.21, 0.152, 3.39, 8.72, 0.386, 0.438, 5.76, 3.16, 1.39, 20.8, 0.152, 0.257, 0.183)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 111.0 * (k == 0) + 6.95 * decay(q - k, 3.0) + 6.81 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L22H0", label="8 terms")
def L22H0_8(q, k):
    """Rung 8 of L22H0: first token (sink) + local window + first token (sink) + current token + first token (sink) + first token (sink) + induction + word start. Held-out IoU 0.627. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 28.7, 35.7, 0.777, 0.395, 4.24, 1.81, 0.465, 1.31, 4.81, 0.675, 13.7, 22.1, 14.1)
    self_by_class = table(word_class(q), 2.22, 0.152, 3.4, 8.72, 0.387, 0.439, 5.97, 3.18, 1.39, 20.9, 0.152, 0.258, 0.183)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 112.0 * (k == 0) + 0.122 * (k == last(is_word_start, q)) + 6.94 * decay(q - k, 3.0) + 6.8 * ((k == 0) * decay(q, 32.0)) + 4.62 * (k == 0 and is_word_start(q)) + 0.526 * (k == prev_occurrence(q) + 1)
