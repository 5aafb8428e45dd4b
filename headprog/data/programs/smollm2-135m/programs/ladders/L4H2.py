"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H2
label: explanation ladder
source: ladder of L4H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3066 rung2_heldout_iou=0.3663 rung3_heldout_iou=0.4165 rung5_heldout_iou=0.4723 rung8_heldout_iou=0.4974 full_heldout_iou=0.5051 uniform_heldout_iou=0.2171
"""


@program(normalize="weights", fallback="first", head="L4H2", label="1 term")
def L4H2_1(q, k):
    """Rung 1 of L4H2: token sink ' the'. Held-out IoU 0.307. Token sinks: sink ' the'"""
    return 12.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H2", label="2 terms")
def L4H2_2(q, k):
    """Rung 2 of L4H2: token sink ' the' + first token (sink). Held-out IoU 0.366. Token sinks: sink ' the'"""
    return 11.7 * (k == 0) + 14.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H2", label="3 terms")
def L4H2_3(q, k):
    """Rung 3 of L4H2: token sink ' the' + first token (sink) + sentence start. Held-out IoU 0.416. Token sinks: sink ' the'"""
    return 14.7 * (k == 0) + 0.923 * (k >= sentence_start(q)) + 14.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H2", label="5 terms")
def L4H2_5(q, k):
    """Rung 5 of L4H2: token sink ' the' + first token (sink) + sentence start + token sink ' ' + previous token. Held-out IoU 0.472. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 4.27, 41.5, 0.146, 0.189, 6.32, 0.0689, 0.158, 0.114, 0.0593, 0.0452, 0.273, 3.63, 0.126)
    return (k == q - 1) * prev_by_class + 19.4 * (k == 0) + 0.654 * (k >= sentence_start(q)) + 17.4 * (token(k) == 260) + 18.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H2", label="8 terms")
def L4H2_8(q, k):
    """Rung 8 of L4H2: token sink ' the' + first token (sink) + sentence start + token sink ' ' + previous token + word-class preference + first token (sink) + current token. Held-out IoU 0.497. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 3.63, 14.4, 0.0548, 0.102, 1.41, 0.0503, 0.0683, 0.0862, 0.041, 0.0455, 0.102, 2.56, 0.0773)
    prev_by_class = table(word_class(q), 4.4, 54.1, 0.157, 0.3, 8.88, 0.0689, 0.181, 0.118, 0.0594, 0.0452, 0.269, 4.05, 0.14)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 16.8 * (k == 0) + 0.583 * (k >= sentence_start(q)) + 11.0 * ((k == 0) * decay(q, 32.0)) + 0.55 * (k < q and word_class(k) == word_class(q)) + 19.2 * (token(k) == 260) + 26.4 * (token(k) == 216 and count(k) == 1)
