"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H3
label: explanation ladder
source: ladder of L9H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3651 rung2_heldout_iou=0.4423 rung3_heldout_iou=0.5235 rung5_heldout_iou=0.5606 rung8_heldout_iou=0.5666 full_heldout_iou=0.5694 uniform_heldout_iou=0.2091
"""


@program(normalize="weights", fallback="first", head="L9H3", label="1 term")
def L9H3_1(q, k):
    """Rung 1 of L9H3: token sink ' the'. Held-out IoU 0.365. Token sinks: sink ' the'"""
    return 13.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H3", label="2 terms")
def L9H3_2(q, k):
    """Rung 2 of L9H3: token sink ' the' + first token (sink). Held-out IoU 0.442. Token sinks: sink ' the'"""
    return 14.7 * (k == 0) + 13.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H3", label="3 terms")
def L9H3_3(q, k):
    """Rung 3 of L9H3: token sink ' the' + first token (sink) + local window. Held-out IoU 0.523. Token sinks: sink ' the'"""
    return 15.4 * (k == 0) + 0.914 * decay(q - k, 10.0) + 12.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H3", label="5 terms")
def L9H3_5(q, k):
    """Rung 5 of L9H3: token sink ' the' + first token (sink) + local window + token sink ' ' + word-class preference. Held-out IoU 0.561. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.04, 0.0221, 0.207, 0.0221, 0.0987, 0.26, 0.184, 0.0591, 0.373, 0.723, 0.0109, 0.035, 0.385)
    return key_class + 19.5 * (k == 0) + 0.571 * decay(q - k, 10.0) + 16.0 * (token(k) == 260) + 18.9 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H3", label="8 terms")
def L9H3_8(q, k):
    """Rung 8 of L9H3: token sink ' the' + first token (sink) + local window + token sink ' ' + word-class preference + first token (sink) + current token + first token (sink). Held-out IoU 0.567. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0478, 0.022, 0.222, 0.0222, 0.133, 0.262, 0.184, 0.0589, 0.38, 0.724, 0.0108, 0.0352, 0.39)
    first_by_class = table(word_class(q), 1.59, 13.3, 0.898, 0.26, 7.22, 0.181, 0.379, 7.5, 0.489, 0.146, 0.555, 6.69, 0.182)
    self_by_class = table(word_class(q), 0.156, 0.0635, 0.102, 0.812, 0.0466, 2.85, 1.48, 0.0885, 2.47, 5.23, 0.0849, 0.0876, 4.59)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 13.9 * (k == 0) + 0.616 * decay(q - k, 10.0) + 3.41 * (k == 0 and is_word_start(q)) + 18.0 * (token(k) == 260) + 20.5 * (token(k) == 216 and count(k) == 1)
