"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H5
label: explanation ladder
source: ladder of L22H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3020 rung2_heldout_iou=0.5431 rung3_heldout_iou=0.5598 rung5_heldout_iou=0.5754 rung8_heldout_iou=0.5785 full_heldout_iou=0.6039 uniform_heldout_iou=0.2632
"""


@program(normalize="weights", fallback="first", head="L22H5", label="1 term")
def L22H5_1(q, k):
    """Rung 1 of L22H5: local window. Held-out IoU 0.302"""
    return 2.22 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H5", label="2 terms")
def L22H5_2(q, k):
    """Rung 2 of L22H5: local window + first token (sink). Held-out IoU 0.543"""
    return 1.7 * decay(q - k, 3.0) + 14.4 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L22H5", label="3 terms")
def L22H5_3(q, k):
    """Rung 3 of L22H5: local window + first token (sink) + first token (sink). Held-out IoU 0.560. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.3, 7.63, 0.454, 0.862, 0.504, 0.372, 0.836, 0.333, 0.425, 0.626, 9.89, 10.2, 8.72)
    return (k == 0) * first_by_class + 1.81 * decay(q - k, 3.0) + 11.9 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L22H5", label="5 terms")
def L22H5_5(q, k):
    """Rung 5 of L22H5: local window + first token (sink) + first token (sink) + current token + first token (sink). Held-out IoU 0.575. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.03, 10.7, 0.438, 0.759, 0.48, 0.235, 0.809, 0.21, 0.422, 0.629, 11.6, 10.3, 8.72)
    return (k == 0) * first_by_class + 1.85 * (k == q) + 1.91 * decay(q - k, 3.0) + 13.6 * ((k == 0) * decay(q, 32.0)) + 3.01 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H5", label="8 terms")
def L22H5_8(q, k):
    """Rung 8 of L22H5: local window + first token (sink) + first token (sink) + current token + first token (sink) + previous token + induction + local window. Held-out IoU 0.579. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.83, 10.6, 0.443, 0.749, 0.487, 0.35, 0.823, 0.261, 0.427, 0.63, 11.9, 10.1, 8.72)
    prev_by_class = table(word_class(q), 0.2, 0.105, 1.09, 0.145, 1.12, 4.66, 1.56, 1.82, 3.1, 0.0807, 0.082, 0.0847, 0.0867)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 2.24 * (k == q) + 0.321 * (k == q - 2) + 1.97 * decay(q - k, 3.0) + 14.5 * ((k == 0) * decay(q, 32.0)) + 3.04 * (k == 0 and is_word_start(q)) + 1.39 * (k == prev_occurrence(q) + 1)
