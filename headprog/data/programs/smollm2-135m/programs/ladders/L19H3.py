"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H3
label: explanation ladder
source: ladder of L19H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3622 rung2_heldout_iou=0.4494 rung3_heldout_iou=0.5385 rung5_heldout_iou=0.5951 rung8_heldout_iou=0.6043 full_heldout_iou=0.6831 uniform_heldout_iou=0.2087
"""


@program(normalize="weights", fallback="first", head="L19H3", label="1 term")
def L19H3_1(q, k):
    """Rung 1 of L19H3: local window. Held-out IoU 0.362"""
    return 22.5 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L19H3", label="2 terms")
def L19H3_2(q, k):
    """Rung 2 of L19H3: local window + first token (sink). Held-out IoU 0.449"""
    return 19.8 * decay(q - k, 1.0) + 17.0 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L19H3", label="3 terms")
def L19H3_3(q, k):
    """Rung 3 of L19H3: local window + first token (sink) + word start. Held-out IoU 0.538"""
    return 16.9 * (k == last(is_word_start, q)) + 11.0 * decay(q - k, 1.0) + 16.2 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L19H3", label="5 terms")
def L19H3_5(q, k):
    """Rung 5 of L19H3: local window + first token (sink) + word start + previous token + first token (sink). Held-out IoU 0.595. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 3.36, 0.817, 18.0, 16.0, 1.59, 17.2, 17.2, 15.0, 19.8, 0.848, 0.918, 0.826, 16.0)
    return (k == q - 1) * prev_by_class + 14.7 * (k == last(is_word_start, q)) + 10.6 * decay(q - k, 1.0) + 13.3 * ((k == 0) * decay(q, 32.0)) + 11.0 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L19H3", label="8 terms")
def L19H3_8(q, k):
    """Rung 8 of L19H3: local window + first token (sink) + word start + previous token + first token (sink) + first token (sink) + local window + induction. Held-out IoU 0.604. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.02, 8.73, 0.759, 0.436, 2.21, 0.203, 0.194, 0.198, 0.426, 8.78, 0.443, 10.7, 0.74)
    prev_by_class = table(word_class(q), 3.37, 0.816, 17.7, 16.0, 1.59, 17.1, 17.2, 15.0, 19.8, 0.819, 0.918, 0.857, 16.0)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 15.6 * (k == last(is_word_start, q)) + 11.3 * decay(q - k, 1.0) + 0.017 * decay(q - k, 10.0) + 10.5 * ((k == 0) * decay(q, 32.0)) + 10.6 * (k == 0 and is_word_start(q)) + 0.136 * (k == prev_occurrence(q) + 1)
