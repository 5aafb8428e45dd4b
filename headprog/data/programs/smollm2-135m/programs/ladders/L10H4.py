"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H4
label: explanation ladder
source: ladder of L10H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2827 rung2_heldout_iou=0.3482 rung3_heldout_iou=0.4103 rung5_heldout_iou=0.4692 rung8_heldout_iou=0.4797 full_heldout_iou=0.4889 uniform_heldout_iou=0.2106
"""


@program(normalize="weights", fallback="first", head="L10H4", label="1 term")
def L10H4_1(q, k):
    """Rung 1 of L10H4: local window. Held-out IoU 0.283"""
    return 1.11 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H4", label="2 terms")
def L10H4_2(q, k):
    """Rung 2 of L10H4: local window + token sink ' the'. Held-out IoU 0.348. Token sinks: sink ' the'"""
    return 1.6 * decay(q - k, 3.0) + 7.36 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H4", label="3 terms")
def L10H4_3(q, k):
    """Rung 3 of L10H4: local window + token sink ' the' + previous token. Held-out IoU 0.410. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 5.04, 23.6, 1.81, 0.21, 4.37, 3.82, 0.126, 3.7, 1.96, 0.0543, 3.95, 5.55, 0.219)
    return (k == q - 1) * prev_by_class + 1.69 * decay(q - k, 3.0) + 8.67 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H4", label="5 terms")
def L10H4_5(q, k):
    """Rung 5 of L10H4: local window + token sink ' the' + previous token + first token (sink) + token sink ' '. Held-out IoU 0.469. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 5.31, 25.9, 1.83, 0.21, 4.59, 4.3, 0.0578, 3.79, 1.99, 0.0543, 5.08, 6.0, 0.219)
    return (k == q - 1) * prev_by_class + 2.96 * (k == 0) + 1.42 * decay(q - k, 3.0) + 11.8 * (token(k) == 260) + 7.87 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L10H4", label="8 terms")
def L10H4_8(q, k):
    """Rung 8 of L10H4: local window + token sink ' the' + previous token + first token (sink) + token sink ' ' + word-class preference + current token + punctuation. Held-out IoU 0.480. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.97, 3.42, 0.897, 0.726, 0.117, 1.58, 0.896, 0.089, 1.73, 2.38, 0.0534, 0.144, 1.82)
    prev_by_class = table(word_class(q), 6.89, 38.2, 1.82, 0.21, 4.74, 4.45, 0.125, 3.81, 2.0, 0.0552, 5.11, 6.1, 0.219)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 3.67 * (k == 0) + 0.873 * (k == last(is_punct, q)) + 1.21 * decay(q - k, 3.0) + 1.37 * (k == last(is_function_word, q)) + 13.3 * (token(k) == 260) + 9.05 * (token(k) == 216 and count(k) == 1)
