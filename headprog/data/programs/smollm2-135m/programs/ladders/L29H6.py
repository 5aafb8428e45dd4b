"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H6
label: explanation ladder
source: ladder of L29H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6108 rung2_heldout_iou=0.6780 rung3_heldout_iou=0.6825 rung5_heldout_iou=0.6989 rung8_heldout_iou=0.7050 full_heldout_iou=0.7058 uniform_heldout_iou=0.1569
"""


@program(normalize="weights", fallback="first", head="L29H6", label="1 term")
def L29H6_1(q, k):
    """Rung 1 of L29H6: first token (sink). Held-out IoU 0.611"""
    return 93.3 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H6", label="2 terms")
def L29H6_2(q, k):
    """Rung 2 of L29H6: first token (sink) + local window. Held-out IoU 0.678"""
    return 93.6 * (k == 0) + 4.31 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L29H6", label="3 terms")
def L29H6_3(q, k):
    """Rung 3 of L29H6: first token (sink) + local window + first token (sink). Held-out IoU 0.682"""
    return 91.1 * (k == 0) + 4.63 * decay(q - k, 3.0) + 43.7 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L29H6", label="5 terms")
def L29H6_5(q, k):
    """Rung 5 of L29H6: first token (sink) + local window + first token (sink) + word-class preference + current token. Held-out IoU 0.699. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.177, 0.107, 0.0668, 0.0942, 0.104, 0.0416, 0.0948, 0.16, 0.0443, 0.152, 0.0122, 0.0801, 0.0553)
    self_by_class = table(word_class(q), 6.63, 0.152, 0.294, 0.161, 0.13, 0.325, 0.162, 0.304, 0.198, 0.111, 8.39, 0.183, 0.112)
    return key_class + (k == q) * self_by_class + 101.0 * (k == 0) + 3.6 * decay(q - k, 3.0) + 43.5 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L29H6", label="8 terms")
def L29H6_8(q, k):
    """Rung 8 of L29H6: first token (sink) + local window + first token (sink) + word-class preference + current token + first token (sink) + first token (sink) + previous token. Held-out IoU 0.705. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.187, 0.114, 0.0721, 0.102, 0.111, 0.0456, 0.102, 0.176, 0.0476, 0.156, 0.0123, 0.0842, 0.0607)
    first_by_class = table(word_class(q), 7.42, 29.2, 1.44, 3.99, 2.93, 0.423, 4.57, 2.29, 1.23, 17.0, 3.68, 20.4, 5.07)
    self_by_class = table(word_class(q), 7.07, 0.154, 0.296, 0.163, 0.13, 0.318, 0.163, 0.312, 0.195, 0.111, 7.29, 0.186, 0.112)
    prev_by_class = table(word_class(q), 0.0746, 0.0724, 0.198, 0.133, 0.675, 7.55, 0.339, 0.217, 7.76, 0.0789, 12.9, 0.0784, 0.151)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 94.6 * (k == 0) + 3.6 * decay(q - k, 3.0) + 43.0 * ((k == 0) * decay(q, 32.0)) + 8.02 * (k == 0 and is_word_start(q))
