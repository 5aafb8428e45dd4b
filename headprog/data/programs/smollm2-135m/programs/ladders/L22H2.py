"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H2
label: explanation ladder
source: ladder of L22H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5455 rung3_heldout_iou=0.6210 rung5_heldout_iou=0.6344 full_heldout_iou=0.6375 uniform_heldout_iou=0.1785
"""


@program(normalize="weights", fallback="first", head="L22H2", label="1 term")
def L22H2_1(q, k):
    """Rung 1 of L22H2: first token (sink). Held-out IoU 0.545"""
    return 4.21 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H2", label="3 terms")
def L22H2_3(q, k):
    """Rung 3 of L22H2: first token (sink) + first token (sink) + local window. Held-out IoU 0.621"""
    return 105.0 * (k == 0) + 2.6 * decay(q - k, 10.0) + 6.06 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H2", label="5 terms")
def L22H2_5(q, k):
    """Rung 5 of L22H2: first token (sink) + first token (sink) + local window + previous token + current token. Held-out IoU 0.634. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.747, 0.199, 1.63, 0.412, 0.601, 3.68, 3.23, 4.75, 2.61, 26.9, 0.139, 0.2, 0.222)
    prev_by_class = table(word_class(q), 0.0639, 0.0814, 0.883, 2.01, 0.163, 39.7, 2.3, 2.43, 6.81, 3.25, 0.068, 0.0817, 0.211)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 108.0 * (k == 0) + 2.54 * decay(q - k, 10.0) + 6.07 * (k == 0 and is_word_start(q))
