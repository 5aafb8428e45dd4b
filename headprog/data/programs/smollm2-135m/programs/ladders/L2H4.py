"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H4
label: explanation ladder
source: ladder of L2H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3224 rung2_heldout_iou=0.4568 rung3_heldout_iou=0.4659 rung5_heldout_iou=0.4803 full_heldout_iou=0.4995 uniform_heldout_iou=0.2229
"""


@program(normalize="softmax", fallback="first", head="L2H4", label="1 term")
def L2H4_1(q, k):
    """Rung 1 of L2H4: word-class preference. Held-out IoU 0.322. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.507, -0.175, 2.69, 1.56, 1.48, 2.4, 2.27, -0.0572, 2.93, 3.57, -0.453, 1.78, 3.05)
    return key_class


@program(normalize="softmax", fallback="first", head="L2H4", label="2 terms")
def L2H4_2(q, k):
    """Rung 2 of L2H4: word-class preference + first token (sink). Held-out IoU 0.457. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.318, -0.428, 2.15, 0.361, 1.74, 2.08, 2.08, -0.121, 2.45, 3.11, -0.587, 0.229, 2.9)
    return key_class + 2.92 * (k == 0)


@program(normalize="softmax", fallback="first", head="L2H4", label="3 terms")
def L2H4_3(q, k):
    """Rung 3 of L2H4: word-class preference + first token (sink) + token sink ' '. Held-out IoU 0.466. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.445, -0.842, 1.62, 0.0637, 1.22, 1.59, 1.55, -0.293, 1.95, 2.6, -0.757, -0.339, 2.39)
    return key_class + 2.91 * (k == 0) + 2.99 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L2H4", label="5 terms")
def L2H4_5(q, k):
    """Rung 5 of L2H4: word-class preference + first token (sink) + token sink ' ' + local window + token sink ' the'. Held-out IoU 0.480. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.764, -1.24, 0.479, -0.444, 0.832, 1.29, 1.07, -0.446, 2.14, 2.48, -0.914, -0.715, 2.1)
    return key_class + 2.61 * (k == 0) + -2.34 * decay(q - k, 30.0) + 1.48 * (token(k) == 260) + 3.1 * (token(k) == 216)
