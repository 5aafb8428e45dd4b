"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H4
label: explanation ladder
source: ladder of L29H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3087 rung2_heldout_iou=0.5098 rung3_heldout_iou=0.5365 rung5_heldout_iou=0.5421 full_heldout_iou=0.5996 uniform_heldout_iou=0.1589
"""


@program(normalize="weights", fallback="first", head="L29H4", label="1 term")
def L29H4_1(q, k):
    """Rung 1 of L29H4: first token (sink). Held-out IoU 0.309"""
    return 10.2 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H4", label="2 terms")
def L29H4_2(q, k):
    """Rung 2 of L29H4: first token (sink) + local window. Held-out IoU 0.510"""
    return 12.0 * (k == 0) + 4.22 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L29H4", label="3 terms")
def L29H4_3(q, k):
    """Rung 3 of L29H4: first token (sink) + local window + first token (sink). Held-out IoU 0.536. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.374, 3.31, 20.0, 7.35, 4.76, 9.15, 11.4, 3.63, 6.7, 0.156, 0.144, 0.349, 0.178)
    return (k == 0) * first_by_class + 9.75 * (k == 0) + 5.23 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L29H4", label="5 terms")
def L29H4_5(q, k):
    """Rung 5 of L29H4: first token (sink) + local window + first token (sink) + current token + sentence start. Held-out IoU 0.542. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.378, 3.28, 20.1, 7.4, 4.8, 9.2, 11.5, 3.63, 6.64, 0.156, 0.144, 0.351, 0.178)
    return (k == 0) * first_by_class + 10.1 * (k == 0) + 0.0143 * (k >= sentence_start(q)) + 4.77 * decay(q - k, 1.0) + 1.43 * (k == q and is_word_start(q))
