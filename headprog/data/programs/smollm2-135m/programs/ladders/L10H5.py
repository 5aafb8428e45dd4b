"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H5
label: explanation ladder
source: ladder of L10H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2523 rung2_heldout_iou=0.3165 rung3_heldout_iou=0.3719 rung5_heldout_iou=0.4621 rung8_heldout_iou=0.4879 full_heldout_iou=0.5052 uniform_heldout_iou=0.1877
"""


@program(normalize="weights", fallback="first", head="L10H5", label="1 term")
def L10H5_1(q, k):
    """Rung 1 of L10H5: local window. Held-out IoU 0.252"""
    return 0.717 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H5", label="2 terms")
def L10H5_2(q, k):
    """Rung 2 of L10H5: local window + token sink ' the'. Held-out IoU 0.317. Token sinks: sink ' the'"""
    return 1.2 * decay(q - k, 3.0) + 5.32 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H5", label="3 terms")
def L10H5_3(q, k):
    """Rung 3 of L10H5: local window + token sink ' the' + first token (sink). Held-out IoU 0.372. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.71, 4.48, 1.32, 0.303, 1.32, 0.669, 5.96, 0.31, 1.62, 1.91, 0.336, 3.18, 0.391)
    return (k == 0) * first_by_class + 1.21 * decay(q - k, 3.0) + 6.93 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H5", label="5 terms")
def L10H5_5(q, k):
    """Rung 5 of L10H5: local window + token sink ' the' + first token (sink) + previous token + token sink ' '. Held-out IoU 0.462. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.97, 4.45, 3.01, 0.307, 1.33, 0.671, 5.95, 0.315, 1.65, 2.14, 0.338, 3.91, 0.392)
    prev_by_class = table(word_class(q), 6.04, 0.233, 49.0, 12.2, 0.148, 1.57, 0.141, 4.52, 0.106, 0.0538, 0.293, 8.45, 1.86)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 1.05 * decay(q - k, 3.0) + 9.07 * (token(k) == 260) + 4.87 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L10H5", label="8 terms")
def L10H5_8(q, k):
    """Rung 8 of L10H5: local window + token sink ' the' + first token (sink) + previous token + token sink ' ' + local window + current token + first token (sink). Held-out IoU 0.488. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.4, 4.35, 2.95, 0.138, 0.605, 0.352, 6.07, 0.164, 0.998, 1.05, 0.157, 3.33, 0.183)
    self_by_class = table(word_class(q), 0.57, 0.0271, 6.99, 1.32, 0.761, 2.89, 2.21, 0.221, 1.74, 5.27, 0.0464, 0.626, 3.29)
    prev_by_class = table(word_class(q), 8.85, 0.511, 53.6, 12.5, 0.149, 1.59, 0.142, 4.54, 0.233, 0.0535, 0.34, 10.7, 4.03)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 2.53 * (k == q - 2) + 2.13 * (k == 0) + 0.806 * decay(q - k, 3.0) + 12.7 * (token(k) == 260) + 7.05 * (token(k) == 216)
