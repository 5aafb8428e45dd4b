"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H0
label: explanation ladder
source: ladder of L5H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3433 rung2_heldout_iou=0.4898 rung3_heldout_iou=0.5169 rung5_heldout_iou=0.5430 rung8_heldout_iou=0.5520 full_heldout_iou=0.5772 uniform_heldout_iou=0.2733
"""


@program(normalize="weights", fallback="first", head="L5H0", label="1 term")
def L5H0_1(q, k):
    """Rung 1 of L5H0: word-class preference. Held-out IoU 0.343. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.127, 0.0774, 1.01, 0.192, 0.106, 0.199, 0.254, 0.164, 0.166, 1.2, 0.0459, 0.778, 0.632)
    return key_class


@program(normalize="weights", fallback="first", head="L5H0", label="2 terms")
def L5H0_2(q, k):
    """Rung 2 of L5H0: word-class preference + first token (sink). Held-out IoU 0.490. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.176, 0.14, 0.954, 0.105, 0.119, 0.207, 0.398, 0.174, 0.193, 1.1, 0.0712, 0.152, 0.795)
    return key_class + 6.2 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L5H0", label="3 terms")
def L5H0_3(q, k):
    """Rung 3 of L5H0: word-class preference + first token (sink) + token sink ' the'. Held-out IoU 0.517. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.206, 0.138, 0.301, 0.111, 0.157, 0.282, 0.511, 0.182, 0.237, 1.24, 0.0832, 0.208, 0.876)
    return key_class + 8.02 * ((k == 0) * decay(q, 32.0)) + 4.17 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H0", label="5 terms")
def L5H0_5(q, k):
    """Rung 5 of L5H0: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + first token (sink). Held-out IoU 0.543. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.247, 0.132, 0.363, 0.135, 0.192, 0.34, 0.626, 0.21, 0.272, 1.45, 0.0774, 0.235, 0.916)
    first_by_class = table(word_class(q), 0.145, 4.79, 0.338, 3.72, 3.35, 3.52, 0.957, 3.84, 5.45, 5.24, 0.435, 0.165, 1.39)
    return key_class + (k == 0) * first_by_class + 7.54 * ((k == 0) * decay(q, 32.0)) + 5.0 * (token(k) == 260) + 7.87 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H0", label="8 terms")
def L5H0_8(q, k):
    """Rung 8 of L5H0: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + first token (sink) + current token + first token (sink) + previous token. Held-out IoU 0.552. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.187, 0.135, 0.319, 0.118, 0.17, 0.295, 0.575, 0.199, 0.237, 1.36, 0.0716, 0.219, 0.902)
    first_by_class = table(word_class(q), 0.143, 4.77, 0.338, 3.73, 3.27, 3.47, 0.932, 3.73, 5.26, 5.08, 0.433, 0.164, 1.38)
    return key_class + (k == 0) * first_by_class + 0.526 * (k == q) + 7.07 * ((k == 0) * decay(q, 32.0)) + 0.822 * (k == 0 and is_word_start(q)) + 0.157 * (k == q - 1 and is_function_word(q)) + 5.01 * (token(k) == 260) + 7.48 * (token(k) == 216 and count(k) == 1)
