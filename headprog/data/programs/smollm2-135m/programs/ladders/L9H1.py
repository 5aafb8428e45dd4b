"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H1
label: explanation ladder
source: ladder of L9H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3652 rung2_heldout_iou=0.5191 rung3_heldout_iou=0.5447 rung5_heldout_iou=0.5612 rung8_heldout_iou=0.5688 full_heldout_iou=0.5791 uniform_heldout_iou=0.3288
"""


@program(normalize="weights", fallback="first", head="L9H1", label="1 term")
def L9H1_1(q, k):
    """Rung 1 of L9H1: local window. Held-out IoU 0.365"""
    return 2.33 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L9H1", label="2 terms")
def L9H1_2(q, k):
    """Rung 2 of L9H1: local window + first token (sink). Held-out IoU 0.519"""
    return 2.13 * decay(q - k, 10.0) + 18.6 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L9H1", label="3 terms")
def L9H1_3(q, k):
    """Rung 3 of L9H1: local window + first token (sink) + token sink ' the'. Held-out IoU 0.545. Token sinks: sink ' the'"""
    return 2.31 * decay(q - k, 10.0) + 20.2 * ((k == 0) * decay(q, 32.0)) + 6.07 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H1", label="5 terms")
def L9H1_5(q, k):
    """Rung 5 of L9H1: local window + first token (sink) + token sink ' the' + token sink ' ' + first token (sink). Held-out IoU 0.561. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.349, 8.83, 6.67, 4.64, 10.6, 6.76, 0.704, 7.4, 5.01, 1.22, 0.214, 5.5, 2.87)
    return (k == 0) * first_by_class + 2.64 * decay(q - k, 10.0) + 16.7 * ((k == 0) * decay(q, 32.0)) + 8.04 * (token(k) == 260) + 10.6 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H1", label="8 terms")
def L9H1_8(q, k):
    """Rung 8 of L9H1: local window + first token (sink) + token sink ' the' + token sink ' ' + first token (sink) + previous token + local window + first token (sink). Held-out IoU 0.569. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.344, 9.25, 6.37, 4.37, 10.7, 6.5, 0.692, 7.37, 5.54, 1.22, 0.208, 5.29, 2.86)
    return (k == 0) * first_by_class + 0.956 * (k == q - 1) + 1.4 * (k == q - 2) + 2.48 * decay(q - k, 10.0) + 16.8 * ((k == 0) * decay(q, 32.0)) + 1.58 * (k == 0 and is_word_start(q)) + 8.26 * (token(k) == 260) + 10.9 * (token(k) == 216 and count(k) == 1)
