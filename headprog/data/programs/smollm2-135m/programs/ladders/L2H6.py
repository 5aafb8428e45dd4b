"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H6
label: explanation ladder
source: ladder of L2H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4024 rung2_heldout_iou=0.4573 rung3_heldout_iou=0.4765 rung5_heldout_iou=0.4931 rung8_heldout_iou=0.5044 full_heldout_iou=0.5156 uniform_heldout_iou=0.3416
"""


@program(normalize="weights", fallback="first", head="L2H6", label="1 term")
def L2H6_1(q, k):
    """Rung 1 of L2H6: word-class preference. Held-out IoU 0.402. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.227, 0.0681, 0.332, 0.114, 0.0312, 0.589, 0.419, 0.153, 0.814, 1.51, 0.0997, 0.422, 1.82)
    return key_class


@program(normalize="weights", fallback="first", head="L2H6", label="2 terms")
def L2H6_2(q, k):
    """Rung 2 of L2H6: word-class preference + first token (sink). Held-out IoU 0.457. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.363, 0.145, 0.319, 0.111, 0.0306, 0.604, 0.606, 0.171, 1.08, 1.58, 0.105, 0.184, 1.83)
    return key_class + 1.54 * (k == 0)


@program(normalize="weights", fallback="first", head="L2H6", label="3 terms")
def L2H6_3(q, k):
    """Rung 3 of L2H6: word-class preference + first token (sink) + token sink ' the'. Held-out IoU 0.476. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.399, 0.157, 0.2, 0.113, 0.0315, 0.769, 0.72, 0.223, 1.38, 2.04, 0.109, 0.223, 1.97)
    return key_class + 2.04 * (k == 0) + 2.59 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L2H6", label="5 terms")
def L2H6_5(q, k):
    """Rung 5 of L2H6: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + local window. Held-out IoU 0.493. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.329, 0.137, 0.176, 0.108, 0.0289, 0.696, 0.658, 0.171, 1.29, 2.01, 0.103, 0.19, 1.92)
    return key_class + 2.24 * (k == 0) + 0.23 * decay(q - k, 1.0) + 2.48 * (token(k) == 260) + 2.61 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L2H6", label="8 terms")
def L2H6_8(q, k):
    """Rung 8 of L2H6: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + local window + previous token + token sink ',' + word-class preference. Held-out IoU 0.504. Token sinks: first ' '; first ','; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.351, 0.144, 0.157, 0.105, 0.0283, 0.731, 0.672, 0.176, 0.727, 2.04, 0.102, 0.208, 2.04)
    return key_class + 0.401 * (k == q - 1) + 2.74 * (k == 0) + 0.214 * decay(q - k, 1.0) + 0.27 * (k == last(is_function_word, q)) + 1.36 * (token(k) == 28 and count(k) == 1) + 2.64 * (token(k) == 260) + 3.22 * (token(k) == 216 and count(k) == 1)
