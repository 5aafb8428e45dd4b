"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H1
label: explanation ladder
source: ladder of L18H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3050 rung2_heldout_iou=0.4965 rung3_heldout_iou=0.5123 rung5_heldout_iou=0.5172 rung8_heldout_iou=0.5308 full_heldout_iou=0.5350 uniform_heldout_iou=0.2324
"""


@program(normalize="weights", fallback="first", head="L18H1", label="1 term")
def L18H1_1(q, k):
    """Rung 1 of L18H1: local window. Held-out IoU 0.305"""
    return 4.03 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H1", label="2 terms")
def L18H1_2(q, k):
    """Rung 2 of L18H1: local window + first token (sink). Held-out IoU 0.496"""
    return 28.9 * (k == 0) + 6.41 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H1", label="3 terms")
def L18H1_3(q, k):
    """Rung 3 of L18H1: local window + first token (sink) + previous token. Held-out IoU 0.512"""
    return 7.52 * (k == q - 1) + 39.3 * (k == 0) + 7.94 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H1", label="5 terms")
def L18H1_5(q, k):
    """Rung 5 of L18H1: local window + first token (sink) + previous token + local window + sentence start. Held-out IoU 0.517"""
    return 11.7 * (k == q - 1) + 6.83 * (k == q - 2) + 43.8 * (k == 0) + 0.774 * (k >= sentence_start(q)) + 4.97 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L18H1", label="8 terms")
def L18H1_8(q, k):
    """Rung 8 of L18H1: local window + first token (sink) + previous token + local window + sentence start + current token + word-class preference + local window. Held-out IoU 0.531. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 4.52, 0.14, 5.71, 9.37, 5.28, 0.161, 9.19, 7.63, 0.538, 7.08, 0.142, 0.823, 0.183)
    return (k == q) * self_by_class + 13.6 * (k == q - 1) + 8.38 * (k == q - 2) + 2.57 * (k == q - 3) + 48.4 * (k == 0) + 0.742 * (k >= sentence_start(q)) + 3.46 * decay(q - k, 3.0) + 3.73 * (k == last(is_function_word, q))
