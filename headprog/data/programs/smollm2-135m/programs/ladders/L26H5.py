"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H5
label: explanation ladder
source: ladder of L26H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8901 rung2_heldout_iou=0.9036 rung3_heldout_iou=0.9043 rung5_heldout_iou=0.9044 rung8_heldout_iou=0.9045 full_heldout_iou=0.9047 uniform_heldout_iou=0.0838
"""


@program(normalize="weights", fallback="first", head="L26H5", label="1 term")
def L26H5_1(q, k):
    """Rung 1 of L26H5: first token (sink). Held-out IoU 0.890"""
    return 867.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H5", label="2 terms")
def L26H5_2(q, k):
    """Rung 2 of L26H5: first token (sink) + word-class preference. Held-out IoU 0.904. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.876, 0.527, 0.222, 0.209, 0.225, 0.278, 0.438, 1.56, 0.193, 1.73, 0.0497, 0.234, 0.289)
    return key_class + 1100.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H5", label="3 terms")
def L26H5_3(q, k):
    """Rung 3 of L26H5: first token (sink) + word-class preference + current token. Held-out IoU 0.904. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.871, 0.523, 0.218, 0.205, 0.22, 0.274, 0.432, 1.56, 0.189, 1.73, 0.0496, 0.234, 0.289)
    return key_class + 1.02 * (k == q) + 1100.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H5", label="5 terms")
def L26H5_5(q, k):
    """Rung 5 of L26H5: first token (sink) + word-class preference + current token + sentence start + first token (sink). Held-out IoU 0.904. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.866, 0.522, 0.217, 0.204, 0.22, 0.274, 0.433, 1.57, 0.187, 1.75, 0.0493, 0.233, 0.293)
    return key_class + 0.992 * (k == q) + 1110.0 * (k == 0) + 0.0686 * (k >= sentence_start(q)) + 44.0 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L26H5", label="8 terms")
def L26H5_8(q, k):
    """Rung 8 of L26H5: first token (sink) + word-class preference + current token + sentence start + first token (sink) + local window + current token + first token (sink). Held-out IoU 0.904. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.868, 0.521, 0.215, 0.202, 0.217, 0.271, 0.43, 1.57, 0.184, 1.74, 0.0492, 0.233, 0.291)
    return key_class + 0.75 * (k == q) + 1110.0 * (k == 0) + 0.0659 * (k >= sentence_start(q)) + 0.202 * decay(q - k, 1.0) + 11.8 * ((k == 0) * decay(q, 32.0)) + 44.1 * (k == 0 and is_word_start(q)) + 0.177 * (k == q and is_word_start(q))
