"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H7
label: explanation ladder
source: ladder of L29H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6606 rung2_heldout_iou=0.7202 rung3_heldout_iou=0.7325 rung5_heldout_iou=0.7397 rung8_heldout_iou=0.7402 full_heldout_iou=0.7423 uniform_heldout_iou=0.1472
"""


@program(normalize="weights", fallback="first", head="L29H7", label="1 term")
def L29H7_1(q, k):
    """Rung 1 of L29H7: first token (sink). Held-out IoU 0.661"""
    return 95.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H7", label="2 terms")
def L29H7_2(q, k):
    """Rung 2 of L29H7: first token (sink) + word-class preference. Held-out IoU 0.720. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.403, 0.577, 0.122, 0.121, 0.356, 0.17, 0.27, 0.385, 0.186, 0.947, 0.0476, 0.383, 0.314)
    return key_class + 96.2 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H7", label="3 terms")
def L29H7_3(q, k):
    """Rung 3 of L29H7: first token (sink) + word-class preference + local window. Held-out IoU 0.733. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.374, 0.566, 0.0982, 0.113, 0.346, 0.161, 0.257, 0.383, 0.173, 0.973, 0.0329, 0.37, 0.315)
    return key_class + 117.0 * (k == 0) + 1.11 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L29H7", label="5 terms")
def L29H7_5(q, k):
    """Rung 5 of L29H7: first token (sink) + word-class preference + local window + current token + previous token. Held-out IoU 0.740. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.374, 0.572, 0.0997, 0.114, 0.347, 0.161, 0.26, 0.385, 0.172, 0.962, 0.0311, 0.374, 0.316)
    self_by_class = table(word_class(q), 0.574, 0.0989, 0.839, 0.123, 0.861, 1.14, 0.276, 0.464, 2.93, 4.13, 25.3, 0.0988, 3.86)
    prev_by_class = table(word_class(q), 0.141, 0.0652, 0.196, 0.18, 0.0717, 1.07, 0.148, 1.76, 2.2, 0.852, 28.9, 0.0879, 3.79)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 122.0 * (k == 0) + 0.854 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L29H7", label="8 terms")
def L29H7_8(q, k):
    """Rung 8 of L29H7: first token (sink) + word-class preference + local window + current token + previous token + induction + current token + first token (sink). Held-out IoU 0.740. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.384, 0.581, 0.102, 0.116, 0.352, 0.164, 0.264, 0.387, 0.175, 0.967, 0.0318, 0.379, 0.317)
    self_by_class = table(word_class(q), 0.512, 0.0877, 0.779, 0.115, 0.797, 0.988, 0.225, 0.434, 2.31, 4.14, 24.1, 0.0983, 3.86)
    prev_by_class = table(word_class(q), 0.153, 0.0648, 0.21, 0.19, 0.0719, 1.18, 0.151, 1.77, 1.86, 0.724, 27.6, 0.088, 3.81)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.39 * (k == q) + 114.0 * (k == 0) + 0.874 * decay(q - k, 3.0) + 17.1 * (k == 0 and is_word_start(q)) + 0.706 * (k == prev_occurrence(q) + 1)
