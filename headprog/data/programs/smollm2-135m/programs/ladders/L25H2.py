"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H2
label: explanation ladder
source: ladder of L25H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3772 rung2_heldout_iou=0.4453 rung3_heldout_iou=0.4494 rung5_heldout_iou=0.4640 full_heldout_iou=0.4684 uniform_heldout_iou=0.1905
"""


@program(normalize="weights", fallback="first", head="L25H2", label="1 term")
def L25H2_1(q, k):
    """Rung 1 of L25H2: first token (sink). Held-out IoU 0.377"""
    return 73.9 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H2", label="2 terms")
def L25H2_2(q, k):
    """Rung 2 of L25H2: first token (sink) + local window. Held-out IoU 0.445"""
    return 78.7 * (k == 0) + 8.03 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H2", label="3 terms")
def L25H2_3(q, k):
    """Rung 3 of L25H2: first token (sink) + local window + previous token. Held-out IoU 0.449. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 5.99, 0.0566, 1.37, 0.982, 0.274, 0.399, 43.0, 4.09, 6.93, 0.0928, 0.0585, 0.0851, 0.0867)
    return (k == q - 1) * prev_by_class + 69.8 * (k == 0) + 9.0 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H2", label="5 terms")
def L25H2_5(q, k):
    """Rung 5 of L25H2: first token (sink) + local window + previous token + first token (sink) + current token. Held-out IoU 0.464. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.66, 23.6, 5.33, 0.352, 3.98, 1.52, 0.302, 0.41, 1.3, 4.51, 28.7, 20.1, 14.2)
    self_by_class = table(word_class(q), 10.5, 0.1, 0.341, 5.14, 0.177, 0.242, 6.19, 3.2, 1.17, 2.07, 0.0644, 0.0837, 0.0862)
    prev_by_class = table(word_class(q), 6.11, 0.0567, 1.4, 1.0, 0.275, 0.399, 43.0, 4.08, 6.95, 0.0931, 0.0587, 0.0858, 0.0868)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 75.1 * (k == 0) + 8.43 * decay(q - k, 3.0)
