"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H8
label: explanation ladder
source: ladder of L27H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4179 rung2_heldout_iou=0.5097 rung3_heldout_iou=0.5124 rung5_heldout_iou=0.5254 rung8_heldout_iou=0.5723 full_heldout_iou=0.6015 uniform_heldout_iou=0.1435
"""


@program(normalize="softmax", fallback="first", head="L27H8", label="1 term")
def L27H8_1(q, k):
    """Rung 1 of L27H8: first token (sink). Held-out IoU 0.418"""
    return 4.13 * (k == 0)


@program(normalize="softmax", fallback="first", head="L27H8", label="2 terms")
def L27H8_2(q, k):
    """Rung 2 of L27H8: first token (sink) + local window. Held-out IoU 0.510"""
    return 4.99 * (k == 0) + 3.37 * decay(q - k, 1.0)


@program(normalize="softmax", fallback="first", head="L27H8", label="3 terms")
def L27H8_3(q, k):
    """Rung 3 of L27H8: first token (sink) + local window + word-class preference. Held-out IoU 0.512"""
    return 5.05 * (k == 0) + 3.45 * decay(q - k, 1.0) + 0.266 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L27H8", label="5 terms")
def L27H8_5(q, k):
    """Rung 5 of L27H8: first token (sink) + local window + word-class preference + sentence start + sentence start. Held-out IoU 0.525"""
    return 5.8 * (k == 0) + -1.02 * (k == sentence_start(q)) + 1.18 * (k >= sentence_start(q)) + 2.81 * decay(q - k, 1.0) + 0.21 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L27H8", label="8 terms")
def L27H8_8(q, k):
    """Rung 8 of L27H8: first token (sink) + local window + word-class preference + sentence start + sentence start + current token + first token (sink) + word-class preference. Held-out IoU 0.572. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.206, -0.918, 1.32, 0.811, -0.841, 0.211, -1.08, -0.179, -0.988, 2.09, -0.359, -0.589, 0.977)
    return (k == q) * self_by_class + 5.42 * (k == 0) + -1.37 * (k == sentence_start(q)) + 1.43 * (k >= sentence_start(q)) + -0.899 * is_digit(k) + 3.14 * decay(q - k, 1.0) + 1.01 * (k == 0 and is_word_start(q)) + 0.251 * (k < q and word_class(k) == word_class(q))
