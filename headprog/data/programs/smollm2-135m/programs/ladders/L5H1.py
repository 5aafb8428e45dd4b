"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H1
label: explanation ladder
source: ladder of L5H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2545 rung2_heldout_iou=0.4135 rung3_heldout_iou=0.4519 rung5_heldout_iou=0.4983 rung8_heldout_iou=0.5249 full_heldout_iou=0.5314 uniform_heldout_iou=0.2902
"""


@program(normalize="weights", fallback="first", head="L5H1", label="1 term")
def L5H1_1(q, k):
    """Rung 1 of L5H1: sentence start. Held-out IoU 0.255"""
    return 0.477 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L5H1", label="2 terms")
def L5H1_2(q, k):
    """Rung 2 of L5H1: sentence start + first token (sink). Held-out IoU 0.413"""
    return 0.404 * (k >= sentence_start(q)) + 8.36 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L5H1", label="3 terms")
def L5H1_3(q, k):
    """Rung 3 of L5H1: sentence start + first token (sink) + token sink ' the'. Held-out IoU 0.452. Token sinks: sink ' the'"""
    return 0.47 * (k >= sentence_start(q)) + 10.6 * ((k == 0) * decay(q, 32.0)) + 3.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H1", label="5 terms")
def L5H1_5(q, k):
    """Rung 5 of L5H1: sentence start + first token (sink) + token sink ' the' + word-class preference + first token (sink). Held-out IoU 0.498. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.214, 0.127, 0.0359, 0.0332, 0.0593, 0.034, 0.122, 0.0307, 0.0298, 0.238, 0.0548, 0.0909, 0.132)
    first_by_class = table(word_class(q), 0.193, 6.01, 1.71, 7.19, 3.82, 10.7, 3.96, 8.06, 9.09, 11.6, 0.121, 0.549, 0.646)
    return key_class + (k == 0) * first_by_class + 0.581 * (k >= sentence_start(q)) + 7.84 * ((k == 0) * decay(q, 32.0)) + 5.06 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H1", label="8 terms")
def L5H1_8(q, k):
    """Rung 8 of L5H1: sentence start + first token (sink) + token sink ' the' + word-class preference + first token (sink) + token sink ' ' + current token + previous token. Held-out IoU 0.525. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.207, 0.136, 0.0361, 0.0336, 0.061, 0.0354, 0.13, 0.0309, 0.0307, 0.217, 0.0532, 0.0894, 0.114)
    first_by_class = table(word_class(q), 0.191, 6.85, 1.71, 7.08, 4.5, 9.01, 3.89, 7.98, 7.54, 6.78, 0.149, 0.546, 0.645)
    prev_by_class = table(word_class(q), 0.789, 2.55, 0.385, 0.327, 2.24, 0.172, 0.435, 0.126, 0.0601, 0.0657, 1.76, 1.36, 2.35)
    return key_class + (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 0.996 * (k == q) + 0.349 * (k >= sentence_start(q)) + 10.3 * ((k == 0) * decay(q, 32.0)) + 6.01 * (token(k) == 260) + 7.5 * (token(k) == 216 and count(k) == 1)
