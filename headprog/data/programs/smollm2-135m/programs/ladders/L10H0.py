"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H0
label: explanation ladder
source: ladder of L10H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4103 rung2_heldout_iou=0.5046 rung3_heldout_iou=0.5139 rung5_heldout_iou=0.5501 rung8_heldout_iou=0.5508 full_heldout_iou=0.5655 uniform_heldout_iou=0.2972
"""


@program(normalize="softmax", fallback="first", head="L10H0", label="1 term")
def L10H0_1(q, k):
    """Rung 1 of L10H0: word-class preference. Held-out IoU 0.410. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.322, -0.377, 2.66, 1.29, 0.84, 2.18, 1.69, 0.818, 2.37, 2.82, 0.089, 0.922, 2.51)
    return key_class


@program(normalize="softmax", fallback="first", head="L10H0", label="2 terms")
def L10H0_2(q, k):
    """Rung 2 of L10H0: word-class preference + local window. Held-out IoU 0.505. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0943, -1.09, 1.95, 1.24, 0.88, 1.84, 1.38, 0.471, 2.09, 2.7, -0.271, 0.381, 2.53)
    return key_class + 3.14 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L10H0", label="3 terms")
def L10H0_3(q, k):
    """Rung 3 of L10H0: word-class preference + local window + token sink ' '. Held-out IoU 0.514. Token sinks: first ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.576, -1.14, 1.43, 0.736, 0.367, 1.32, 0.954, 0.00537, 1.59, 2.17, -0.605, -0.105, 2.09)
    return key_class + 3.14 * decay(q - k, 10.0) + 2.93 * (token(k) == 216 and count(k) == 1)


@program(normalize="softmax", fallback="first", head="L10H0", label="5 terms")
def L10H0_5(q, k):
    """Rung 5 of L10H0: word-class preference + local window + token sink ' ' + token sink ' the' + local window. Held-out IoU 0.550. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.745, -1.59, 0.786, 0.479, 0.19, 1.1, 0.589, -0.236, 1.36, 2.06, -0.977, -0.308, 1.86)
    return key_class + -1.09 * decay(q - k, 1.0) + 3.91 * decay(q - k, 10.0) + 1.11 * (token(k) == 260) + 2.82 * (token(k) == 216 and count(k) == 1)


@program(normalize="softmax", fallback="first", head="L10H0", label="8 terms")
def L10H0_8(q, k):
    """Rung 8 of L10H0: word-class preference + local window + token sink ' ' + token sink ' the' + local window + token sink ' ' + sentence start + word-class preference. Held-out IoU 0.551. Token sinks: first ' '; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -1.19, -1.92, 0.391, 0.0933, -0.102, 0.798, 0.238, -0.491, 1.05, 1.93, -1.18, -0.681, 1.72)
    return key_class + 0.822 * (k >= sentence_start(q)) + -1.05 * decay(q - k, 1.0) + 3.36 * decay(q - k, 10.0) + 0.126 * (k < q and word_class(k) == word_class(q)) + 1.15 * (token(k) == 260) + 1.46 * (token(k) == 216) + 1.56 * (token(k) == 216 and count(k) == 1)
