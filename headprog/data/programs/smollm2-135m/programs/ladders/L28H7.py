"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H7
label: explanation ladder
source: ladder of L28H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3418 rung2_heldout_iou=0.4020 rung3_heldout_iou=0.4128 rung5_heldout_iou=0.4439 rung8_heldout_iou=0.4472 full_heldout_iou=0.4778 uniform_heldout_iou=0.2987
"""


@program(normalize="weights", fallback="first", head="L28H7", label="1 term")
def L28H7_1(q, k):
    """Rung 1 of L28H7: local window. Held-out IoU 0.342"""
    return 0.524 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H7", label="2 terms")
def L28H7_2(q, k):
    """Rung 2 of L28H7: local window + first token (sink). Held-out IoU 0.402. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.111, 3.14, 0.166, 1.79, 0.192, 0.193, 0.198, 0.198, 4.03, 9.37, 0.296, 4.0, 5.11)
    return (k == 0) * first_by_class + 0.297 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H7", label="3 terms")
def L28H7_3(q, k):
    """Rung 3 of L28H7: local window + first token (sink) + first token (sink). Held-out IoU 0.413. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.102, 3.14, 0.162, 1.8, 0.186, 0.189, 0.194, 0.191, 4.03, 9.63, 0.29, 4.49, 5.11)
    return (k == 0) * first_by_class + 0.387 * decay(q - k, 10.0) + 0.932 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L28H7", label="5 terms")
def L28H7_5(q, k):
    """Rung 5 of L28H7: local window + first token (sink) + first token (sink) + current token + first token (sink). Held-out IoU 0.444. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.0991, 3.15, 0.157, 1.79, 0.182, 0.188, 0.18, 0.188, 4.03, 8.26, 0.291, 3.32, 5.11)
    return (k == 0) * first_by_class + 0.787 * (k == q) + 0.312 * decay(q - k, 10.0) + 0.909 * ((k == 0) * decay(q, 32.0)) + 0.391 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L28H7", label="8 terms")
def L28H7_8(q, k):
    "Rung 8 of L28H7: local window + first token (sink) + first token (sink) + current token + first token (sink) + punctuation + punctuation + token sink '\\n\\n'. Held-out IoU 0.447. Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    first_by_class = table(word_class(q), 0.0992, 3.3, 0.159, 2.7, 0.182, 0.187, 0.188, 0.193, 4.09, 8.29, 0.29, 5.75, 5.11)
    return (k == 0) * first_by_class + 0.883 * (k == q) + 0.26 * is_sentence_end(k) + 0.169 * is_newline(k) + 0.357 * decay(q - k, 10.0) + 0.926 * ((k == 0) * decay(q, 32.0)) + 0.385 * (k == 0 and is_word_start(q)) + 0.169 * (token(k) == 1116)
