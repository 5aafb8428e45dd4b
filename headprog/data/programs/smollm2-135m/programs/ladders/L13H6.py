"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H6
label: explanation ladder
source: ladder of L13H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3226 rung2_heldout_iou=0.4707 rung3_heldout_iou=0.4752 rung5_heldout_iou=0.4870 full_heldout_iou=0.4883 uniform_heldout_iou=0.2182
"""


@program(normalize="weights", fallback="first", head="L13H6", label="1 term")
def L13H6_1(q, k):
    """Rung 1 of L13H6: first token (sink). Held-out IoU 0.323"""
    return 33.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L13H6", label="2 terms")
def L13H6_2(q, k):
    """Rung 2 of L13H6: first token (sink) + local window. Held-out IoU 0.471"""
    return 38.8 * (k == 0) + 5.26 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H6", label="3 terms")
def L13H6_3(q, k):
    """Rung 3 of L13H6: first token (sink) + local window + first token (sink). Held-out IoU 0.475. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 71.1, 8.35, 0.409, 0.314, 0.1, 0.0812, 3.23, 2.73, 0.219, 0.105, 0.243, 5.85, 0.19)
    return (k == 0) * first_by_class + 33.2 * (k == 0) + 7.22 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H6", label="5 terms")
def L13H6_5(q, k):
    """Rung 5 of L13H6: first token (sink) + local window + first token (sink) + previous token + sentence start. Held-out IoU 0.487. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 71.4, 8.34, 0.412, 0.308, 0.146, 0.0802, 3.21, 2.72, 0.226, 0.081, 0.214, 5.84, 0.15)
    prev_by_class = table(word_class(q), 0.631, 0.147, 12.2, 5.17, 22.7, 9.17, 0.19, 0.22, 10.5, 0.231, 0.181, 0.212, 0.672)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 37.9 * (k == 0) + 0.64 * (k >= sentence_start(q)) + 5.69 * decay(q - k, 3.0)
