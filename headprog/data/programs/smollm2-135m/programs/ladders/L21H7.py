"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H7
label: explanation ladder
source: ladder of L21H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2821 rung2_heldout_iou=0.3784 rung3_heldout_iou=0.3814 rung5_heldout_iou=0.3946 rung8_heldout_iou=0.3963 full_heldout_iou=0.4062 uniform_heldout_iou=0.2557
"""


@program(normalize="weights", fallback="first", head="L21H7", label="1 term")
def L21H7_1(q, k):
    """Rung 1 of L21H7: local window. Held-out IoU 0.282"""
    return 1.13 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H7", label="2 terms")
def L21H7_2(q, k):
    """Rung 2 of L21H7: local window + first token (sink). Held-out IoU 0.378. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 9.6, 10.5, 0.627, 13.0, 3.75, 1.81, 0.743, 1.51, 4.26, 0.674, 5.89, 10.8, 17.9)
    return (k == 0) * first_by_class + 0.975 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H7", label="3 terms")
def L21H7_3(q, k):
    """Rung 3 of L21H7: local window + first token (sink) + first token (sink). Held-out IoU 0.381. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 10.2, 17.9, 0.556, 13.0, 3.51, 1.75, 0.661, 1.49, 4.29, 0.676, 5.97, 11.5, 18.0)
    return (k == 0) * first_by_class + 1.33 * decay(q - k, 10.0) + 3.4 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L21H7", label="5 terms")
def L21H7_5(q, k):
    """Rung 5 of L21H7: local window + first token (sink) + first token (sink) + current token + previous token. Held-out IoU 0.395. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 9.8, 20.0, 0.582, 13.3, 3.53, 1.74, 0.703, 1.48, 4.26, 0.674, 6.0, 12.2, 17.9)
    return (k == 0) * first_by_class + 1.91 * (k == q) + 0.986 * (k == q - 1) + 1.08 * decay(q - k, 10.0) + 3.63 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L21H7", label="8 terms")
def L21H7_8(q, k):
    """Rung 8 of L21H7: local window + first token (sink) + first token (sink) + current token + previous token + first token (sink) + word-class preference + induction. Held-out IoU 0.396. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 10.6, 21.3, 0.47, 13.3, 3.48, 1.74, 0.652, 1.45, 4.21, 0.66, 5.9, 12.7, 18.0)
    return (k == 0) * first_by_class + 2.42 * (k == q) + 1.28 * (k == q - 1) + 1.36 * decay(q - k, 10.0) + 2.3 * ((k == 0) * decay(q, 32.0)) + 3.4 * (k == 0 and is_word_start(q)) + 1.9 * (k == prev_occurrence(q) + 1) + 0.393 * (k == last(is_function_word, q))
