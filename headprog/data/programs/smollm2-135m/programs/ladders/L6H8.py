"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H8
label: explanation ladder
source: ladder of L6H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3150 rung2_heldout_iou=0.3784 rung3_heldout_iou=0.5183 rung5_heldout_iou=0.5803 rung8_heldout_iou=0.5867 full_heldout_iou=0.6059 uniform_heldout_iou=0.1943
"""


@program(normalize="weights", fallback="first", head="L6H8", label="1 term")
def L6H8_1(q, k):
    """Rung 1 of L6H8: token sink ' the'. Held-out IoU 0.315. Token sinks: sink ' the'"""
    return 5.73 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H8", label="2 terms")
def L6H8_2(q, k):
    """Rung 2 of L6H8: token sink ' the' + first token (sink). Held-out IoU 0.378. Token sinks: sink ' the'"""
    return 6.69 * (k == 0) + 6.67 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H8", label="3 terms")
def L6H8_3(q, k):
    """Rung 3 of L6H8: token sink ' the' + first token (sink) + current token. Held-out IoU 0.518. Token sinks: sink ' the'"""
    return 5.46 * (k == q) + 8.36 * (k == 0) + 6.83 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H8", label="5 terms")
def L6H8_5(q, k):
    """Rung 5 of L6H8: token sink ' the' + first token (sink) + current token + word-class preference + token sink ' '. Held-out IoU 0.580. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0889, 0.0265, 0.209, 0.0889, 0.127, 0.119, 0.255, 0.0686, 0.139, 0.376, 0.0528, 0.0674, 0.273)
    return key_class + 5.75 * (k == q) + 9.65 * (k == 0) + 8.14 * (token(k) == 260) + 10.9 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L6H8", label="8 terms")
def L6H8_8(q, k):
    """Rung 8 of L6H8: token sink ' the' + first token (sink) + current token + word-class preference + token sink ' ' + first token (sink) + token sink ' the' + first token (sink). Held-out IoU 0.587. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.113, 0.0354, 0.253, 0.131, 0.152, 0.17, 0.271, 0.0911, 0.176, 0.392, 0.0651, 0.0906, 0.282)
    first_by_class = table(word_class(q), 3.18, 9.65, 0.642, 0.387, 0.961, 0.245, 4.48, 8.06, 0.793, 0.18, 0.352, 3.01, 0.172)
    return key_class + (k == 0) * first_by_class + 9.05 * (k == q) + 8.96 * (k == 0) + 3.05 * (k == 0 and is_word_start(q)) + 7.0 * (token(k) == 260) + 5.98 * (token(k) == 260 and count(k) == 1) + 14.0 * (token(k) == 216 and count(k) == 1)
