"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H1
label: explanation ladder
source: ladder of L16H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3485 rung2_heldout_iou=0.5921 rung3_heldout_iou=0.6019 rung5_heldout_iou=0.6220 rung8_heldout_iou=0.6343 full_heldout_iou=0.6367 uniform_heldout_iou=0.2538
"""


@program(normalize="weights", fallback="first", head="L16H1", label="1 term")
def L16H1_1(q, k):
    """Rung 1 of L16H1: first token (sink). Held-out IoU 0.348"""
    return 18.3 * (k == 0)


@program(normalize="weights", fallback="first", head="L16H1", label="2 terms")
def L16H1_2(q, k):
    """Rung 2 of L16H1: first token (sink) + local window. Held-out IoU 0.592"""
    return 23.5 * (k == 0) + 3.71 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L16H1", label="3 terms")
def L16H1_3(q, k):
    """Rung 3 of L16H1: first token (sink) + local window + first token (sink). Held-out IoU 0.602. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 15.3, 25.3, 0.261, 0.151, 0.431, 0.116, 0.166, 0.116, 0.244, 0.28, 6.55, 8.56, 3.73)
    return (k == 0) * first_by_class + 20.6 * (k == 0) + 4.59 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L16H1", label="5 terms")
def L16H1_5(q, k):
    """Rung 5 of L16H1: first token (sink) + local window + first token (sink) + current token + first token (sink). Held-out IoU 0.622. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 13.9, 24.7, 0.264, 0.164, 0.44, 0.148, 0.184, 0.108, 0.366, 0.321, 5.85, 8.51, 3.75)
    self_by_class = table(word_class(q), 0.283, 0.265, 3.88, 5.87, 4.81, 16.7, 5.09, 7.93, 15.3, 8.9, 0.451, 0.164, 5.76)
    return (k == 0) * first_by_class + (k == q) * self_by_class + 21.5 * (k == 0) + 4.63 * decay(q - k, 3.0) + 8.15 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L16H1", label="8 terms")
def L16H1_8(q, k):
    """Rung 8 of L16H1: first token (sink) + local window + first token (sink) + current token + first token (sink) + word-class preference + previous token + word start. Held-out IoU 0.634. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0599, 0.0888, 0.0255, 0.0414, 0.0302, 0.0441, 0.0426, 0.0451, 0.0493, 0.089, 0.013, 0.105, 0.0795)
    first_by_class = table(word_class(q), 11.0, 22.1, 0.265, 0.172, 0.43, 0.129, 0.154, 0.0893, 0.377, 0.246, 4.88, 8.5, 3.77)
    self_by_class = table(word_class(q), 0.289, 0.27, 5.34, 6.94, 5.25, 16.7, 5.73, 7.98, 14.3, 8.91, 0.452, 0.207, 5.86)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 0.458 * (k == q - 1) + 19.4 * (k == 0) + 0.181 * (k == last(is_word_start, q)) + 4.03 * decay(q - k, 3.0) + 7.2 * ((k == 0) * decay(q, 32.0))
