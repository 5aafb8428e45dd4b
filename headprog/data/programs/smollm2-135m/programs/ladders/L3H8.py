"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H8
label: explanation ladder
source: ladder of L3H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3820 rung2_heldout_iou=0.4934 rung3_heldout_iou=0.5007 rung5_heldout_iou=0.5052 rung8_heldout_iou=0.5200 full_heldout_iou=0.5300 uniform_heldout_iou=0.3593
"""


@program(normalize="weights", fallback="first", head="L3H8", label="1 term")
def L3H8_1(q, k):
    """Rung 1 of L3H8: local window. Held-out IoU 0.382"""
    return 0.907 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L3H8", label="2 terms")
def L3H8_2(q, k):
    """Rung 2 of L3H8: local window + first token (sink). Held-out IoU 0.493. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.16, 18.9, 1.52, 0.443, 2.16, 0.189, 0.128, 0.204, 0.164, 0.138, 3.19, 4.46, 3.06)
    return (k == 0) * first_by_class + 1.02 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L3H8", label="3 terms")
def L3H8_3(q, k):
    """Rung 3 of L3H8: local window + first token (sink) + token sink ' the'. Held-out IoU 0.501. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.88, 16.6, 1.54, 0.445, 2.64, 0.189, 0.128, 0.204, 0.165, 0.138, 3.18, 4.5, 3.15)
    return (k == 0) * first_by_class + 1.05 * decay(q - k, 10.0) + 1.25 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H8", label="5 terms")
def L3H8_5(q, k):
    """Rung 5 of L3H8: local window + first token (sink) + token sink ' the' + word-class preference + first token (sink). Held-out IoU 0.505. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.108, 0.0283, 0.0298, 0.027, 0.0086, 0.0201, 0.0628, 0.0291, 0.0837, 0.321, 0.0177, 0.184, 0.395)
    first_by_class = table(word_class(q), 4.83, 19.4, 1.53, 0.442, 3.19, 0.187, 0.127, 0.203, 0.162, 0.137, 3.63, 5.58, 3.16)
    return key_class + (k == 0) * first_by_class + 1.12 * decay(q - k, 10.0) + 0.323 * (k == 1) + 1.73 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H8", label="8 terms")
def L3H8_8(q, k):
    """Rung 8 of L3H8: local window + first token (sink) + token sink ' the' + word-class preference + first token (sink) + token sink ' ' + previous token + first token (sink). Held-out IoU 0.520. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.104, 0.0282, 0.0303, 0.0268, 0.00856, 0.0201, 0.0621, 0.0291, 0.084, 0.326, 0.0175, 0.19, 0.402)
    first_by_class = table(word_class(q), 4.39, 20.2, 1.52, 0.441, 3.32, 0.186, 0.123, 0.2, 0.161, 0.133, 4.13, 6.33, 3.16)
    prev_by_class = table(word_class(q), 0.143, 0.0816, 0.116, 0.073, 4.66, 3.8, 6.96, 0.296, 3.25, 0.409, 0.0589, 0.632, 0.0865)
    return key_class + (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 1.44 * decay(q - k, 10.0) + 0.39 * (k == 1) + 2.36 * ((k == 0) * decay(q, 32.0)) + 2.28 * (token(k) == 260) + 2.94 * (token(k) == 216 and count(k) == 1)
