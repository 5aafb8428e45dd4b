"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H6
label: explanation ladder
source: ladder of L8H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2942 rung2_heldout_iou=0.4749 rung3_heldout_iou=0.5078 rung5_heldout_iou=0.5298 rung8_heldout_iou=0.5423 full_heldout_iou=0.5534 uniform_heldout_iou=0.3035
"""


@program(normalize="weights", fallback="first", head="L8H6", label="1 term")
def L8H6_1(q, k):
    """Rung 1 of L8H6: local window. Held-out IoU 0.294"""
    return 1.16 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L8H6", label="2 terms")
def L8H6_2(q, k):
    """Rung 2 of L8H6: local window + first token (sink). Held-out IoU 0.475"""
    return 0.878 * decay(q - k, 10.0) + 13.1 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L8H6", label="3 terms")
def L8H6_3(q, k):
    """Rung 3 of L8H6: local window + first token (sink) + token sink ' the'. Held-out IoU 0.508. Token sinks: sink ' the'"""
    return 1.14 * decay(q - k, 10.0) + 16.6 * ((k == 0) * decay(q, 32.0)) + 5.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H6", label="5 terms")
def L8H6_5(q, k):
    """Rung 5 of L8H6: local window + first token (sink) + token sink ' the' + token sink ' ' + first token (sink). Held-out IoU 0.530. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.11, 4.82, 0.77, 3.63, 1.08, 0.39, 3.28, 3.91, 7.74, 8.19, 0.117, 1.87, 4.02)
    return (k == 0) * first_by_class + 1.18 * decay(q - k, 10.0) + 14.8 * ((k == 0) * decay(q, 32.0)) + 6.41 * (token(k) == 260) + 9.52 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H6", label="8 terms")
def L8H6_8(q, k):
    """Rung 8 of L8H6: local window + first token (sink) + token sink ' the' + token sink ' ' + first token (sink) + word-class preference + first token (sink) + current token. Held-out IoU 0.542. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.18, 0.155, 0.117, 0.0636, 0.0839, 0.0179, 0.384, 0.0403, 0.105, 0.325, 0.035, 0.144, 0.249)
    first_by_class = table(word_class(q), 0.105, 4.98, 0.764, 3.55, 1.06, 0.388, 3.22, 3.91, 9.17, 8.61, 0.101, 1.85, 4.05)
    return key_class + (k == 0) * first_by_class + 0.312 * (k == q) + 0.951 * decay(q - k, 10.0) + 14.0 * ((k == 0) * decay(q, 32.0)) + 1.23 * (k == 0 and is_word_start(q)) + 7.71 * (token(k) == 260) + 10.5 * (token(k) == 216 and count(k) == 1)
