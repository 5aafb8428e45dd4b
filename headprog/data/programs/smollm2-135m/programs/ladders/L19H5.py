"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H5
label: explanation ladder
source: ladder of L19H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4766 rung2_heldout_iou=0.6217 rung3_heldout_iou=0.6518 rung5_heldout_iou=0.6609 rung8_heldout_iou=0.6644 full_heldout_iou=0.6698 uniform_heldout_iou=0.2125
"""


@program(normalize="weights", fallback="first", head="L19H5", label="1 term")
def L19H5_1(q, k):
    """Rung 1 of L19H5: first token (sink). Held-out IoU 0.477"""
    return 37.1 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H5", label="2 terms")
def L19H5_2(q, k):
    """Rung 2 of L19H5: first token (sink) + local window. Held-out IoU 0.622"""
    return 47.5 * (k == 0) + 1.57 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L19H5", label="3 terms")
def L19H5_3(q, k):
    """Rung 3 of L19H5: first token (sink) + local window + current token. Held-out IoU 0.652. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 3.58, 0.455, 6.53, 0.78, 0.988, 11.8, 5.04, 1.03, 8.97, 11.6, 0.929, 5.37, 12.4)
    return (k == q) * self_by_class + 51.2 * (k == 0) + 1.42 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L19H5", label="5 terms")
def L19H5_5(q, k):
    """Rung 5 of L19H5: first token (sink) + local window + current token + induction + previous token. Held-out IoU 0.661. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 3.64, 0.499, 7.0, 0.78, 0.99, 11.1, 5.42, 1.03, 9.74, 13.9, 0.929, 6.51, 15.2)
    prev_by_class = table(word_class(q), 0.0767, 0.0663, 1.9, 0.186, 0.402, 13.2, 1.31, 2.1, 5.77, 0.209, 0.418, 0.0916, 2.12)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 50.8 * (k == 0) + 1.51 * decay(q - k, 10.0) + 6.74 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L19H5", label="8 terms")
def L19H5_8(q, k):
    """Rung 8 of L19H5: first token (sink) + local window + current token + induction + previous token + first token (sink) + local window + first token (sink). Held-out IoU 0.664. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 18.0, 19.6, 0.438, 5.72, 3.97, 0.281, 0.529, 0.615, 0.366, 0.216, 9.8, 8.0, 0.37)
    self_by_class = table(word_class(q), 3.56, 0.368, 6.69, 0.532, 0.975, 10.4, 4.57, 0.845, 9.24, 13.9, 0.924, 6.27, 16.7)
    prev_by_class = table(word_class(q), 0.0759, 0.0659, 1.65, 0.177, 0.358, 12.8, 1.2, 1.73, 5.66, 0.184, 0.402, 0.0902, 1.71)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 46.3 * (k == 0) + 1.27 * decay(q - k, 1.0) + 1.77 * decay(q - k, 10.0) + 16.8 * ((k == 0) * decay(q, 32.0)) + 6.85 * (k == prev_occurrence(q) + 1)
