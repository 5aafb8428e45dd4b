"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H7
label: explanation ladder
source: ladder of L25H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7042 rung3_heldout_iou=0.7535 rung5_heldout_iou=0.7557 rung8_heldout_iou=0.7560 full_heldout_iou=0.7623 uniform_heldout_iou=0.1339
"""


@program(normalize="weights", fallback="first", head="L25H7", label="1 term")
def L25H7_1(q, k):
    """Rung 1 of L25H7: first token (sink). Held-out IoU 0.704"""
    return 0.285 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L25H7", label="3 terms")
def L25H7_3(q, k):
    """Rung 3 of L25H7: first token (sink) + first token (sink) + local window. Held-out IoU 0.753"""
    return 253.0 * (k == 0) + 5.51 * decay(q - k, 3.0) + 0.365 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L25H7", label="5 terms")
def L25H7_5(q, k):
    """Rung 5 of L25H7: first token (sink) + first token (sink) + local window + previous token + current token. Held-out IoU 0.756. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.284, 0.16, 0.979, 1.8, 3.81, 27.3, 4.31, 1.31, 7.98, 0.52, 0.223, 0.178, 0.186)
    return (k == q - 1) * prev_by_class + 0.828 * (k == q) + 267.0 * (k == 0) + 5.15 * decay(q - k, 3.0) + 0.387 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L25H7", label="8 terms")
def L25H7_8(q, k):
    """Rung 8 of L25H7: first token (sink) + first token (sink) + local window + previous token + current token + first token (sink) + current token + first token (sink). Held-out IoU 0.756. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.285, 0.16, 0.991, 1.83, 3.93, 30.3, 4.68, 1.32, 8.15, 0.521, 0.223, 0.178, 0.186)
    return (k == q - 1) * prev_by_class + 0.814 * (k == q) + 267.0 * (k == 0) + 5.18 * decay(q - k, 3.0) + 6.9 * ((k == 0) * decay(q, 32.0)) + 14.2 * (k == 0 and is_word_start(q)) + 1.05 * (k == q and is_word_start(q)) + 0.378 * (k == 0 and is_function_word(q))
