"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H0
label: explanation ladder
source: ladder of L4H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3343 rung2_heldout_iou=0.3972 rung3_heldout_iou=0.4803 rung5_heldout_iou=0.5415 rung8_heldout_iou=0.5667 full_heldout_iou=0.5832 uniform_heldout_iou=0.2253
"""


@program(normalize="weights", fallback="first", head="L4H0", label="1 term")
def L4H0_1(q, k):
    """Rung 1 of L4H0: token sink ' the'. Held-out IoU 0.334. Token sinks: sink ' the'"""
    return 8.92 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H0", label="2 terms")
def L4H0_2(q, k):
    """Rung 2 of L4H0: token sink ' the' + first token (sink). Held-out IoU 0.397. Token sinks: sink ' the'"""
    return 6.35 * (k == 0) + 8.04 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H0", label="3 terms")
def L4H0_3(q, k):
    """Rung 3 of L4H0: token sink ' the' + first token (sink) + sentence start. Held-out IoU 0.480. Token sinks: sink ' the'"""
    return 7.56 * (k == 0) + 0.382 * (k >= sentence_start(q)) + 8.55 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H0", label="5 terms")
def L4H0_5(q, k):
    """Rung 5 of L4H0: token sink ' the' + first token (sink) + sentence start + token sink ' ' + current token. Held-out IoU 0.541. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.461, 0.171, 2.11, 0.196, 1.41, 4.46, 2.99, 0.127, 3.63, 4.92, 2.73, 0.184, 4.58)
    return (k == q) * self_by_class + 7.86 * (k == 0) + 0.267 * (k >= sentence_start(q)) + 9.43 * (token(k) == 260) + 10.6 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H0", label="8 terms")
def L4H0_8(q, k):
    """Rung 8 of L4H0: token sink ' the' + first token (sink) + sentence start + token sink ' ' + current token + word-class preference + first token (sink) + word-class preference. Held-out IoU 0.567. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0276, 0.0272, 0.0697, 0.0528, 0.0386, 0.0969, 0.207, 0.0208, 0.192, 0.736, 0.058, 0.0368, 0.333)
    first_by_class = table(word_class(q), 1.29, 7.83, 2.28, 1.18, 2.48, 4.77, 0.447, 7.58, 3.8, 2.99, 0.236, 2.81, 0.481)
    self_by_class = table(word_class(q), 0.462, 0.171, 2.1, 0.195, 1.41, 6.49, 2.27, 0.196, 4.2, 4.82, 2.54, 0.184, 4.59)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 6.74 * (k == 0) + 0.243 * (k >= sentence_start(q)) + 0.123 * (k < q and word_class(k) == word_class(q)) + 10.9 * (token(k) == 260) + 12.3 * (token(k) == 216 and count(k) == 1)
