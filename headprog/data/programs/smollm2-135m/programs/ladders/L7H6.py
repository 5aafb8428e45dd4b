"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H6
label: explanation ladder
source: ladder of L7H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3662 rung2_heldout_iou=0.4150 rung3_heldout_iou=0.4722 rung5_heldout_iou=0.5210 rung8_heldout_iou=0.5263 full_heldout_iou=0.5312 uniform_heldout_iou=0.1604
"""


@program(normalize="weights", fallback="first", head="L7H6", label="1 term")
def L7H6_1(q, k):
    """Rung 1 of L7H6: token sink ' the'. Held-out IoU 0.366. Token sinks: sink ' the'"""
    return 24.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H6", label="2 terms")
def L7H6_2(q, k):
    """Rung 2 of L7H6: token sink ' the' + first token (sink). Held-out IoU 0.415. Token sinks: sink ' the'"""
    return 15.3 * (k == 0) + 23.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H6", label="3 terms")
def L7H6_3(q, k):
    """Rung 3 of L7H6: token sink ' the' + first token (sink) + previous token. Held-out IoU 0.472. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 22.0, 0.417, 3.88, 4.86, 0.523, 0.205, 0.623, 4.99, 0.104, 0.0541, 3.4, 2.92, 0.205)
    return (k == q - 1) * prev_by_class + 14.1 * (k == 0) + 21.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H6", label="5 terms")
def L7H6_5(q, k):
    """Rung 5 of L7H6: token sink ' the' + first token (sink) + previous token + token sink ' ' + local window. Held-out IoU 0.521. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 18.2, 0.187, 2.99, 3.57, 0.258, 0.0927, 0.276, 5.0, 0.0476, 0.0533, 1.61, 1.48, 0.093)
    return (k == q - 1) * prev_by_class + 18.7 * (k == 0) + 1.2 * decay(q - k, 3.0) + 27.0 * (token(k) == 260) + 23.8 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H6", label="8 terms")
def L7H6_8(q, k):
    """Rung 8 of L7H6: token sink ' the' + first token (sink) + previous token + token sink ' ' + local window + first token (sink) + token sink ' the' + current token. Held-out IoU 0.526. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 2.02, 0.0502, 3.76, 2.84, 0.233, 0.0797, 0.144, 1.65, 0.0511, 0.0602, 0.0729, 0.0611, 0.0901)
    prev_by_class = table(word_class(q), 33.0, 0.204, 5.71, 6.8, 0.516, 0.0939, 0.274, 5.0, 0.0477, 0.0534, 2.89, 2.84, 0.0929)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 14.4 * (k == 0) + 1.25 * decay(q - k, 3.0) + 18.8 * ((k == 0) * decay(q, 32.0)) + 23.6 * (token(k) == 260) + 15.6 * (token(k) == 260 and count(k) == 1) + 39.6 * (token(k) == 216 and count(k) == 1)
