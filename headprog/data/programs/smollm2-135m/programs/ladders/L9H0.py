"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H0
label: explanation ladder
source: ladder of L9H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4117 rung2_heldout_iou=0.5009 rung3_heldout_iou=0.5725 rung5_heldout_iou=0.6186 rung8_heldout_iou=0.6246 full_heldout_iou=0.6265 uniform_heldout_iou=0.1370
"""


@program(normalize="weights", fallback="first", head="L9H0", label="1 term")
def L9H0_1(q, k):
    """Rung 1 of L9H0: token sink ' the'. Held-out IoU 0.412. Token sinks: sink ' the'"""
    return 8.63 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H0", label="2 terms")
def L9H0_2(q, k):
    """Rung 2 of L9H0: token sink ' the' + first token (sink). Held-out IoU 0.501. Token sinks: sink ' the'"""
    return 11.5 * (k == 0) + 8.68 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H0", label="3 terms")
def L9H0_3(q, k):
    """Rung 3 of L9H0: token sink ' the' + first token (sink) + previous token. Held-out IoU 0.573. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0479, 0.0971, 0.999, 0.182, 5.86, 229.0, 5.12, 0.187, 141.0, 1.71, 0.1, 0.0901, 0.309)
    return (k == q - 1) * prev_by_class + 12.0 * (k == 0) + 8.97 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H0", label="5 terms")
def L9H0_5(q, k):
    """Rung 5 of L9H0: token sink ' the' + first token (sink) + previous token + token sink ' ' + word-class preference. Held-out IoU 0.619. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0354, 0.031, 0.0573, 0.0148, 0.0323, 0.0355, 0.0801, 0.0249, 0.0601, 0.167, 0.0244, 0.0255, 0.179)
    prev_by_class = table(word_class(q), 0.0219, 0.046, 0.869, 0.109, 5.84, 223.0, 5.13, 0.103, 190.0, 1.17, 0.0452, 0.0435, 0.155)
    return key_class + (k == q - 1) * prev_by_class + 13.3 * (k == 0) + 10.6 * (token(k) == 260) + 12.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H0", label="8 terms")
def L9H0_8(q, k):
    """Rung 8 of L9H0: token sink ' the' + first token (sink) + previous token + token sink ' ' + word-class preference + current token + first token (sink) + local window. Held-out IoU 0.625. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0265, 0.0286, 0.0448, 0.0117, 0.0265, 0.0309, 0.0791, 0.0246, 0.0586, 0.16, 0.0178, 0.0225, 0.176)
    self_by_class = table(word_class(q), 0.272, 0.194, 0.89, 0.279, 1.46, 0.95, 1.36, 0.0972, 5.97, 0.326, 0.145, 0.355, 0.532)
    prev_by_class = table(word_class(q), 0.0217, 0.0454, 0.618, 0.0863, 5.83, 223.0, 5.22, 0.108, 220.0, 0.944, 0.045, 0.0427, 0.183)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 12.3 * (k == 0) + 0.00409 * decay(q - k, 10.0) + 1.45 * (k == 0 and is_word_start(q)) + 10.9 * (token(k) == 260) + 12.8 * (token(k) == 216 and count(k) == 1)
