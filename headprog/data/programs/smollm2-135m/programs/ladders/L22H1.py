"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H1
label: explanation ladder
source: ladder of L22H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3335 rung2_heldout_iou=0.4997 rung3_heldout_iou=0.5490 rung5_heldout_iou=0.5550 rung8_heldout_iou=0.5686 full_heldout_iou=0.6173 uniform_heldout_iou=0.2026
"""


@program(normalize="weights", fallback="first", head="L22H1", label="1 term")
def L22H1_1(q, k):
    """Rung 1 of L22H1: local window. Held-out IoU 0.334"""
    return 0.705 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H1", label="2 terms")
def L22H1_2(q, k):
    """Rung 2 of L22H1: local window + first token (sink). Held-out IoU 0.500. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.15, 0.713, 1.13, 7.16, 1.31, 7.03, 8.36, 6.87, 9.07, 15.3, 0.791, 0.874, 12.2)
    return (k == 0) * first_by_class + 0.539 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H1", label="3 terms")
def L22H1_3(q, k):
    """Rung 3 of L22H1: local window + first token (sink) + word start. Held-out IoU 0.549. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.13, 0.745, 1.11, 7.32, 2.15, 7.38, 8.69, 6.92, 9.68, 18.5, 0.797, 0.87, 15.9)
    return (k == 0) * first_by_class + 1.13 * (k == last(is_word_start, q)) + 0.462 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H1", label="5 terms")
def L22H1_5(q, k):
    """Rung 5 of L22H1: local window + first token (sink) + word start + first token (sink) + induction. Held-out IoU 0.555. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.475, 0.761, 1.05, 7.32, 1.28, 7.37, 8.66, 6.92, 9.67, 30.9, 0.798, 0.738, 16.4)
    return (k == 0) * first_by_class + 1.9 * (k == last(is_word_start, q)) + 0.724 * decay(q - k, 3.0) + 1.39 * (k == 0 and is_word_start(q)) + 0.0735 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L22H1", label="8 terms")
def L22H1_8(q, k):
    """Rung 8 of L22H1: local window + first token (sink) + word start + first token (sink) + induction + sentence start + local window + current token. Held-out IoU 0.569. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.947, 0.768, 1.06, 7.4, 2.19, 7.49, 8.9, 6.97, 10.1, 34.4, 0.802, 0.824, 16.6)
    return (k == 0) * first_by_class + 1.13 * (k == q) + 2.36 * (k == last(is_word_start, q)) + 0.0305 * (k >= sentence_start(q)) + 0.501 * decay(q - k, 3.0) + 0.0617 * decay(q - k, 10.0) + 2.04 * (k == 0 and is_word_start(q)) + 0.151 * (k == prev_occurrence(q) + 1)
