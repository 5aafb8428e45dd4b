"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H8
label: explanation ladder
source: ladder of L28H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6847 rung2_heldout_iou=0.7123 rung3_heldout_iou=0.7499 rung5_heldout_iou=0.7647 rung8_heldout_iou=0.7676 full_heldout_iou=0.7692 uniform_heldout_iou=0.1236
"""


@program(normalize="weights", fallback="first", head="L28H8", label="1 term")
def L28H8_1(q, k):
    """Rung 1 of L28H8: first token (sink). Held-out IoU 0.685"""
    return 61.9 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H8", label="2 terms")
def L28H8_2(q, k):
    """Rung 2 of L28H8: first token (sink) + local window. Held-out IoU 0.712"""
    return 53.0 * (k == 0) + 0.834 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H8", label="3 terms")
def L28H8_3(q, k):
    """Rung 3 of L28H8: first token (sink) + local window + current token. Held-out IoU 0.750. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.627, 0.11, 0.117, 0.542, 0.0631, 0.123, 0.276, 0.136, 1.49, 141.0, 1.21, 2.94, 5.95)
    return (k == q) * self_by_class + 60.9 * (k == 0) + 0.746 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H8", label="5 terms")
def L28H8_5(q, k):
    """Rung 5 of L28H8: first token (sink) + local window + current token + punctuation + punctuation. Held-out IoU 0.765. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.642, 0.116, 0.118, 0.55, 0.0635, 0.124, 0.285, 0.14, 1.63, 142.0, 1.3, 2.96, 5.94)
    return (k == q) * self_by_class + 67.5 * (k == 0) + 1.01 * is_sentence_end(k) + 1.58 * is_newline(k) + 0.549 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H8", label="8 terms")
def L28H8_8(q, k):
    "Rung 8 of L28H8: first token (sink) + local window + current token + punctuation + punctuation + first token (sink) + punctuation + token sink '\\n\\n'. Held-out IoU 0.768. Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    self_by_class = table(word_class(q), 0.82, 0.115, 0.123, 0.675, 0.064, 0.128, 0.434, 0.158, 1.65, 145.0, 1.37, 3.03, 5.93)
    return (k == q) * self_by_class + 68.3 * (k == 0) + 1.7 * (k == last(is_sentence_end, q)) + 1.01 * is_sentence_end(k) + 1.66 * is_newline(k) + 0.607 * decay(q - k, 10.0) + 39.2 * (k == 0 and is_word_start(q)) + 0.812 * (token(k) == 1116)
