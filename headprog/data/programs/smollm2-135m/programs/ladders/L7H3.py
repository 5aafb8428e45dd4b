"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H3
label: explanation ladder
source: ladder of L7H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4725 rung2_heldout_iou=0.5411 rung3_heldout_iou=0.6113 rung5_heldout_iou=0.6594 rung8_heldout_iou=0.6647 full_heldout_iou=0.6657 uniform_heldout_iou=0.1654
"""


@program(normalize="weights", fallback="first", head="L7H3", label="1 term")
def L7H3_1(q, k):
    """Rung 1 of L7H3: token sink ' the'. Held-out IoU 0.472. Token sinks: sink ' the'"""
    return 15.9 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H3", label="2 terms")
def L7H3_2(q, k):
    """Rung 2 of L7H3: token sink ' the' + first token (sink). Held-out IoU 0.541. Token sinks: sink ' the'"""
    return 13.1 * (k == 0) + 17.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H3", label="3 terms")
def L7H3_3(q, k):
    """Rung 3 of L7H3: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.611. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0934, 0.0318, 0.359, 0.19, 0.479, 0.301, 0.17, 0.0532, 0.338, 0.884, 0.116, 0.0529, 0.579)
    return key_class + 15.1 * (k == 0) + 18.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H3", label="5 terms")
def L7H3_5(q, k):
    """Rung 5 of L7H3: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + token sink ' the'. Held-out IoU 0.659. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0836, 0.037, 0.465, 0.21, 0.562, 0.423, 0.239, 0.0829, 0.41, 1.17, 0.117, 0.0661, 0.647)
    return key_class + 18.3 * (k == 0) + 14.0 * (token(k) == 260) + 13.8 * (token(k) == 260 and count(k) == 1) + 29.4 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H3", label="8 terms")
def L7H3_8(q, k):
    """Rung 8 of L7H3: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + token sink ' the' + first token (sink) + current token + first token (sink). Held-out IoU 0.665. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0927, 0.037, 0.467, 0.212, 0.588, 0.412, 0.235, 0.0913, 0.413, 1.09, 0.132, 0.0675, 0.68)
    self_by_class = table(word_class(q), 0.0381, 0.0366, 1.47, 1.95, 0.544, 1.82, 0.762, 0.137, 2.06, 3.58, 0.0738, 0.0555, 4.64)
    return key_class + (k == q) * self_by_class + 15.4 * (k == 0) + 5.93 * ((k == 0) * decay(q, 32.0)) + 2.16 * (k == 0 and is_word_start(q)) + 14.5 * (token(k) == 260) + 15.7 * (token(k) == 260 and count(k) == 1) + 31.4 * (token(k) == 216 and count(k) == 1)
