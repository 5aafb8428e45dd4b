"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H0
label: explanation ladder
source: ladder of L2H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5546 rung2_heldout_iou=0.5591 rung3_heldout_iou=0.5605 rung5_heldout_iou=0.5735 rung8_heldout_iou=0.5807 full_heldout_iou=0.6013 uniform_heldout_iou=0.4956
"""


@program(normalize="softmax", fallback="first", head="L2H0", label="1 term")
def L2H0_1(q, k):
    """Rung 1 of L2H0: word-class preference. Held-out IoU 0.555. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.47, 0.927, 2.25, 1.88, 1.91, 2.3, 2.77, 0.83, 2.47, 3.12, 0.626, 1.82, 2.82)
    return key_class


@program(normalize="softmax", fallback="first", head="L2H0", label="2 terms")
def L2H0_2(q, k):
    """Rung 2 of L2H0: word-class preference + local window. Held-out IoU 0.559. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.938, 0.424, 1.63, 1.34, 1.35, 1.66, 2.15, 0.406, 1.95, 2.51, 0.147, 1.13, 2.22)
    return key_class + -0.607 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L2H0", label="3 terms")
def L2H0_3(q, k):
    """Rung 3 of L2H0: word-class preference + local window + token sink ' '. Held-out IoU 0.560. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.457, -0.118, 1.18, 0.856, 0.878, 1.19, 1.63, 0.0252, 1.49, 2.06, -0.3, 0.611, 1.77)
    return key_class + -0.605 * decay(q - k, 3.0) + 1.05 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L2H0", label="5 terms")
def L2H0_5(q, k):
    """Rung 5 of L2H0: word-class preference + local window + token sink ' ' + sentence start + first token (sink). Held-out IoU 0.574. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.143, -0.343, 0.745, 0.541, 0.563, 0.922, 1.19, -0.297, 1.03, 1.73, -0.598, 0.0412, 1.72)
    return key_class + 0.808 * (k == 0) + 0.83 * (k >= sentence_start(q)) + -0.633 * decay(q - k, 3.0) + 0.995 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L2H0", label="8 terms")
def L2H0_8(q, k):
    """Rung 8 of L2H0: word-class preference + local window + token sink ' ' + sentence start + first token (sink) + first token (sink) + token sink ',' + word-class preference. Held-out IoU 0.581. Token sinks: first ','; sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.211, -0.715, 0.505, 0.294, 0.317, 0.611, 0.856, -0.539, 0.383, 1.44, -0.935, -0.31, 1.31)
    return key_class + 0.917 * (k == 0) + 0.844 * (k >= sentence_start(q)) + -0.527 * decay(q - k, 3.0) + 0.418 * (k == 1) + 0.245 * (k < q and word_class(k) == word_class(q)) + 0.955 * (token(k) == 28 and count(k) == 1) + 1.04 * (token(k) == 216)
