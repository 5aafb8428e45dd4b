"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H7
label: explanation ladder
source: ladder of L24H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6464 rung2_heldout_iou=0.7093 rung3_heldout_iou=0.7183 rung5_heldout_iou=0.7199 full_heldout_iou=0.7250 uniform_heldout_iou=0.1515
"""


@program(normalize="weights", fallback="first", head="L24H7", label="1 term")
def L24H7_1(q, k):
    """Rung 1 of L24H7: first token (sink). Held-out IoU 0.646"""
    return 113.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H7", label="2 terms")
def L24H7_2(q, k):
    """Rung 2 of L24H7: first token (sink) + word-class preference. Held-out IoU 0.709. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.535, 0.465, 0.187, 0.338, 0.216, 0.393, 0.191, 0.145, 0.208, 1.65, 0.0398, 0.267, 0.374)
    return key_class + 76.4 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H7", label="3 terms")
def L24H7_3(q, k):
    """Rung 3 of L24H7: first token (sink) + word-class preference + local window. Held-out IoU 0.718. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.397, 0.44, 0.18, 0.334, 0.207, 0.384, 0.186, 0.143, 0.199, 1.6, 0.039, 0.261, 0.373)
    return key_class + 109.0 * (k == 0) + 1.27 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L24H7", label="5 terms")
def L24H7_5(q, k):
    """Rung 5 of L24H7: first token (sink) + word-class preference + local window + previous token + first token (sink). Held-out IoU 0.720. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.384, 0.451, 0.191, 0.347, 0.218, 0.404, 0.196, 0.147, 0.25, 1.84, 0.0397, 0.265, 0.387)
    prev_by_class = table(word_class(q), 0.0865, 0.0765, 0.1, 0.915, 0.209, 31.0, 0.418, 1.23, 7.51, 1.31, 0.0868, 0.0854, 0.214)
    return key_class + (k == q - 1) * prev_by_class + 123.0 * (k == 0) + 1.17 * decay(q - k, 3.0) + 32.4 * (k == 0 and is_word_start(q))
