"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H4
label: explanation ladder
source: ladder of L16H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2936 rung2_heldout_iou=0.4795 rung3_heldout_iou=0.4927 rung5_heldout_iou=0.5193 rung8_heldout_iou=0.5270 full_heldout_iou=0.5439 uniform_heldout_iou=0.2480
"""


@program(normalize="weights", fallback="first", head="L16H4", label="1 term")
def L16H4_1(q, k):
    """Rung 1 of L16H4: local window. Held-out IoU 0.294"""
    return 0.178 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L16H4", label="2 terms")
def L16H4_2(q, k):
    """Rung 2 of L16H4: local window + first token (sink). Held-out IoU 0.479. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.97, 9.94, 0.226, 0.206, 0.224, 0.187, 0.211, 0.21, 0.182, 0.212, 4.06, 8.72, 4.13)
    return (k == 0) * first_by_class + 0.166 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L16H4", label="3 terms")
def L16H4_3(q, k):
    """Rung 3 of L16H4: local window + first token (sink) + first token (sink). Held-out IoU 0.493. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.5, 9.72, 0.206, 0.202, 0.202, 0.177, 0.201, 0.204, 0.183, 0.214, 6.56, 9.34, 4.16)
    return (k == 0) * first_by_class + 0.246 * decay(q - k, 10.0) + 0.769 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L16H4", label="5 terms")
def L16H4_5(q, k):
    """Rung 5 of L16H4: local window + first token (sink) + first token (sink) + local window + first token (sink). Held-out IoU 0.519. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.62, 9.56, 0.205, 0.201, 0.202, 0.165, 0.202, 0.205, 0.178, 0.207, 7.95, 9.29, 4.2)
    return (k == 0) * first_by_class + 0.706 * decay(q - k, 1.0) + 0.175 * decay(q - k, 10.0) + 1.19 * ((k == 0) * decay(q, 32.0)) + 0.762 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L16H4", label="8 terms")
def L16H4_8(q, k):
    """Rung 8 of L16H4: local window + first token (sink) + first token (sink) + local window + first token (sink) + word-class preference + current token + previous token. Held-out IoU 0.527. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.99, 10.4, 0.206, 0.202, 0.203, 0.18, 0.203, 0.204, 0.179, 0.206, 8.34, 9.68, 4.19)
    prev_by_class = table(word_class(q), 0.582, 0.162, 1.19, 1.92, 0.874, 3.54, 1.87, 0.135, 9.2, 0.595, 0.0854, 0.179, 0.0951)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 0.0619 * (k == q) + 0.517 * decay(q - k, 1.0) + 0.207 * decay(q - k, 10.0) + 1.49 * ((k == 0) * decay(q, 32.0)) + 0.834 * (k == 0 and is_word_start(q)) + 0.214 * (k == last(is_function_word, q))
