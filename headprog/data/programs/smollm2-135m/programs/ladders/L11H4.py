"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H4
label: explanation ladder
source: ladder of L11H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4013 rung2_heldout_iou=0.5128 rung3_heldout_iou=0.5191 rung5_heldout_iou=0.5316 rung8_heldout_iou=0.5328 full_heldout_iou=0.5718 uniform_heldout_iou=0.2935
"""


@program(normalize="softmax", fallback="first", head="L11H4", label="1 term")
def L11H4_1(q, k):
    """Rung 1 of L11H4: local window. Held-out IoU 0.401"""
    return 3.18 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L11H4", label="2 terms")
def L11H4_2(q, k):
    """Rung 2 of L11H4: local window + word-class preference. Held-out IoU 0.513. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.433, 0.409, 2.07, 1.77, 1.16, 2.04, 2.7, 1.11, 2.52, 3.55, 0.616, 0.604, 3.06)
    return key_class + 3.32 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L11H4", label="3 terms")
def L11H4_3(q, k):
    """Rung 3 of L11H4: local window + word-class preference + word-class preference. Held-out IoU 0.519. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.166, -0.1, 1.52, 1.26, 0.555, 1.51, 2.18, 0.698, 2.0, 3.14, 0.0925, 0.0765, 2.76)
    return key_class + 3.41 * decay(q - k, 1.0) + 0.623 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L11H4", label="5 terms")
def L11H4_5(q, k):
    """Rung 5 of L11H4: local window + word-class preference + word-class preference + sentence start + current token. Held-out IoU 0.532. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.81, -0.813, 0.733, 0.462, -0.0651, 0.839, 1.29, 0.0231, 1.18, 2.66, -0.495, -0.611, 2.23)
    return key_class + 0.76 * (k == q) + 1.02 * (k >= sentence_start(q)) + 2.2 * decay(q - k, 1.0) + 0.524 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L11H4", label="8 terms")
def L11H4_8(q, k):
    """Rung 8 of L11H4: local window + word-class preference + word-class preference + sentence start + current token + local window + local window + punctuation. Held-out IoU 0.533. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.987, -1.02, 0.542, 0.321, -0.234, 0.706, 1.14, -0.251, 0.923, 1.97, -0.729, -0.836, 1.95)
    return key_class + 0.821 * (k == q) + 0.98 * (k >= sentence_start(q)) + 0.691 * is_sentence_end(k) + 1.62 * decay(q - k, 1.0) + 0.803 * decay(q - k, 3.0) + -0.0638 * decay(q - k, 30.0) + 0.571 * (k < q and word_class(k) == word_class(q))
