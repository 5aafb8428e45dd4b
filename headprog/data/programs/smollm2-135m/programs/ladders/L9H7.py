"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H7
label: explanation ladder
source: ladder of L9H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3836 rung2_heldout_iou=0.4606 rung3_heldout_iou=0.5138 rung5_heldout_iou=0.5601 rung8_heldout_iou=0.5667 full_heldout_iou=0.5705 uniform_heldout_iou=0.1703
"""


@program(normalize="weights", fallback="first", head="L9H7", label="1 term")
def L9H7_1(q, k):
    """Rung 1 of L9H7: token sink ' the'. Held-out IoU 0.384. Token sinks: sink ' the'"""
    return 11.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H7", label="2 terms")
def L9H7_2(q, k):
    """Rung 2 of L9H7: token sink ' the' + first token (sink). Held-out IoU 0.461. Token sinks: sink ' the'"""
    return 15.4 * (k == 0) + 14.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H7", label="3 terms")
def L9H7_3(q, k):
    """Rung 3 of L9H7: token sink ' the' + first token (sink) + local window. Held-out IoU 0.514. Token sinks: sink ' the'"""
    return 16.6 * (k == 0) + 1.64 * decay(q - k, 3.0) + 13.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H7", label="5 terms")
def L9H7_5(q, k):
    """Rung 5 of L9H7: token sink ' the' + first token (sink) + local window + token sink ' ' + previous token. Held-out IoU 0.560. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.172, 2.21, 0.36, 0.0948, 12.4, 0.0913, 0.247, 0.0999, 0.144, 0.0615, 1.94, 0.0731, 0.122)
    return (k == q - 1) * prev_by_class + 19.3 * (k == 0) + 1.26 * decay(q - k, 3.0) + 16.1 * (token(k) == 260) + 17.0 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H7", label="8 terms")
def L9H7_8(q, k):
    """Rung 8 of L9H7: token sink ' the' + first token (sink) + local window + token sink ' ' + previous token + word-class preference + token sink ' the' + first token (sink). Held-out IoU 0.567. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0307, 0.021, 0.111, 0.0224, 0.0173, 0.0261, 0.108, 0.0331, 0.0355, 0.272, 0.0166, 0.0249, 0.205)
    prev_by_class = table(word_class(q), 0.173, 2.26, 0.419, 0.096, 15.9, 0.092, 0.262, 0.101, 0.146, 0.0619, 2.99, 0.0733, 0.12)
    return key_class + (k == q - 1) * prev_by_class + 19.4 * (k == 0) + 1.18 * decay(q - k, 3.0) + 5.79 * (k == 0 and is_word_start(q)) + 13.7 * (token(k) == 260) + 12.8 * (token(k) == 260 and count(k) == 1) + 26.2 * (token(k) == 216 and count(k) == 1)
