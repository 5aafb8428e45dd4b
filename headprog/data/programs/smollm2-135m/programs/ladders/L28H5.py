"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H5
label: explanation ladder
source: ladder of L28H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2756 rung2_heldout_iou=0.4472 rung3_heldout_iou=0.4807 rung5_heldout_iou=0.5063 rung8_heldout_iou=0.5069 full_heldout_iou=0.5088 uniform_heldout_iou=0.2167
"""


@program(normalize="weights", fallback="first", head="L28H5", label="1 term")
def L28H5_1(q, k):
    """Rung 1 of L28H5: local window. Held-out IoU 0.276"""
    return 1.36 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L28H5", label="2 terms")
def L28H5_2(q, k):
    """Rung 2 of L28H5: local window + first token (sink). Held-out IoU 0.447"""
    return 1.2 * decay(q - k, 3.0) + 9.08 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L28H5", label="3 terms")
def L28H5_3(q, k):
    """Rung 3 of L28H5: local window + first token (sink) + current token. Held-out IoU 0.481. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 2.05, 0.0749, 2.57, 1.97, 2.42, 0.179, 3.13, 0.236, 1.22, 10.4, 0.0638, 0.0699, 0.0885)
    return (k == q) * self_by_class + 1.2 * decay(q - k, 3.0) + 13.5 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L28H5", label="5 terms")
def L28H5_5(q, k):
    """Rung 5 of L28H5: local window + first token (sink) + current token + first token (sink) + first token (sink). Held-out IoU 0.506. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.375, 15.9, 0.39, 0.493, 8.77, 0.344, 0.411, 0.327, 0.372, 0.32, 14.5, 13.9, 0.289)
    self_by_class = table(word_class(q), 1.98, 0.144, 2.43, 1.69, 5.39, 0.117, 2.11, 0.112, 0.935, 10.4, 0.065, 0.153, 0.0899)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 1.59 * decay(q - k, 3.0) + 9.71 * ((k == 0) * decay(q, 32.0)) + 1.4 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L28H5", label="8 terms")
def L28H5_8(q, k):
    "Rung 8 of L28H5: local window + first token (sink) + current token + first token (sink) + first token (sink) + punctuation + punctuation + token sink '\\n\\n'. Held-out IoU 0.507. Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    first_by_class = table(word_class(q), 0.375, 16.2, 0.389, 0.493, 8.73, 0.346, 0.409, 0.323, 0.37, 0.301, 14.5, 14.0, 0.261)
    self_by_class = table(word_class(q), 2.1, 0.147, 2.57, 1.76, 5.42, 0.178, 2.36, 0.118, 0.962, 10.4, 0.0657, 0.153, 0.0898)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 0.274 * is_sentence_end(k) + 0.0778 * is_newline(k) + 1.48 * decay(q - k, 3.0) + 9.83 * ((k == 0) * decay(q, 32.0)) + 1.41 * (k == 0 and is_word_start(q)) + 0.0778 * (token(k) == 1116)
