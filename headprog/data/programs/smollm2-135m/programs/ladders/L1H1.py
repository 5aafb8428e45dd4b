"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H1
label: explanation ladder
source: ladder of L1H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4341 rung2_heldout_iou=0.5360 rung3_heldout_iou=0.5468 rung5_heldout_iou=0.5543 rung8_heldout_iou=0.5665 full_heldout_iou=0.5985 uniform_heldout_iou=0.2187
"""


@program(normalize="weights", fallback="first", head="L1H1", label="1 term")
def L1H1_1(q, k):
    """Rung 1 of L1H1: word-class preference. Held-out IoU 0.434. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0593, 0.0176, 0.0715, 0.0304, 0.0758, 0.0696, 0.0543, 0.053, 1.06, 2.16, 0.0383, 0.0121, 0.1)
    return key_class


@program(normalize="weights", fallback="first", head="L1H1", label="2 terms")
def L1H1_2(q, k):
    """Rung 2 of L1H1: word-class preference + local window. Held-out IoU 0.536. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0396, 0.00804, 0.125, 0.028, 0.0524, 0.0565, 0.0601, 0.0507, 2.18, 4.66, 0.0342, 0.0116, 0.0946)
    return key_class + 1.75 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L1H1", label="3 terms")
def L1H1_3(q, k):
    """Rung 3 of L1H1: word-class preference + local window + token sink ','. Held-out IoU 0.547. Token sinks: sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.047, 0.0095, 0.148, 0.0351, 0.0558, 0.0613, 0.0631, 0.0523, 0.924, 6.63, 0.0373, 0.0155, 0.098)
    return key_class + 2.56 * decay(q - k, 1.0) + 2.99 * (token(k) == 28)


@program(normalize="weights", fallback="first", head="L1H1", label="5 terms")
def L1H1_5(q, k):
    """Rung 5 of L1H1: word-class preference + local window + token sink ',' + previous token + token sink '.'. Held-out IoU 0.554. Token sinks: sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0509, 0.0118, 0.158, 0.0457, 0.0509, 0.0661, 0.0656, 0.0535, 0.93, 4.25, 0.0396, 0.0204, 0.1)
    return key_class + 0.586 * (k == q - 1) + 2.67 * decay(q - k, 1.0) + 3.36 * (token(k) == 28) + 3.11 * (token(k) == 30)


@program(normalize="weights", fallback="first", head="L1H1", label="8 terms")
def L1H1_8(q, k):
    """Rung 8 of L1H1: word-class preference + local window + token sink ',' + previous token + token sink '.' + token sink ' of' + token sink ',' + word-class preference. Held-out IoU 0.567. Token sinks: first ','; sink ' of'; sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0556, 0.0152, 0.157, 0.0481, 0.0242, 0.0613, 0.0689, 0.0546, 1.07, 5.29, 0.0508, 0.0247, 0.106)
    return key_class + 0.568 * (k == q - 1) + 3.54 * decay(q - k, 1.0) + 0.778 * (k == last(is_function_word, q)) + 2.76 * (token(k) == 28) + 2.92 * (token(k) == 28 and count(k) == 1) + 3.93 * (token(k) == 30) + 0.394 * (token(k) == 282)
