"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H8
label: explanation ladder
source: ladder of L8H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3754 rung2_heldout_iou=0.5253 rung3_heldout_iou=0.5584 rung5_heldout_iou=0.5751 rung8_heldout_iou=0.5752 full_heldout_iou=0.5922 uniform_heldout_iou=0.3177
"""


@program(normalize="weights", fallback="first", head="L8H8", label="1 term")
def L8H8_1(q, k):
    """Rung 1 of L8H8: word-class preference. Held-out IoU 0.375. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.172, 0.0892, 1.06, 0.232, 0.176, 0.267, 0.285, 0.127, 0.378, 1.05, 0.0624, 0.501, 0.605)
    return key_class


@program(normalize="weights", fallback="first", head="L8H8", label="2 terms")
def L8H8_2(q, k):
    """Rung 2 of L8H8: word-class preference + first token (sink). Held-out IoU 0.525. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.189, 0.156, 0.889, 0.14, 0.168, 0.236, 0.338, 0.133, 0.414, 0.78, 0.083, 0.161, 0.592)
    return key_class + 2.91 * (k == 0)


@program(normalize="weights", fallback="first", head="L8H8", label="3 terms")
def L8H8_3(q, k):
    """Rung 3 of L8H8: word-class preference + first token (sink) + token sink ' the'. Held-out IoU 0.558. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.271, 0.242, 0.339, 0.213, 0.263, 0.261, 0.505, 0.133, 0.624, 1.0, 0.0841, 0.24, 0.678)
    return key_class + 4.27 * (k == 0) + 3.75 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H8", label="5 terms")
def L8H8_5(q, k):
    """Rung 5 of L8H8: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + sentence start. Held-out IoU 0.575. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.185, 0.134, 0.226, 0.126, 0.179, 0.212, 0.435, 0.117, 0.443, 1.11, 0.0728, 0.145, 0.703)
    return key_class + 4.72 * (k == 0) + 0.21 * (k >= sentence_start(q)) + 3.94 * (token(k) == 260) + 3.93 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L8H8", label="8 terms")
def L8H8_8(q, k):
    """Rung 8 of L8H8: word-class preference + first token (sink) + token sink ' the' + token sink ' ' + sentence start + duplicate token + duplicate token + first token (sink). Held-out IoU 0.575. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.191, 0.135, 0.231, 0.129, 0.182, 0.213, 0.441, 0.116, 0.442, 1.11, 0.0725, 0.15, 0.706)
    return key_class + 4.76 * (k == 0) + 0.0455 * (k < q and token(k) == token(q)) + 0.184 * (k < q and lower(k) == lower(q)) + 0.212 * (k >= sentence_start(q)) + 0.102 * (k == 0 and is_word_start(q)) + 3.92 * (token(k) == 260) + 3.94 * (token(k) == 216)
