"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H7
label: explanation ladder
source: ladder of L3H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3405 rung2_heldout_iou=0.4631 rung3_heldout_iou=0.4825 rung5_heldout_iou=0.4918 rung8_heldout_iou=0.5277 full_heldout_iou=0.5426 uniform_heldout_iou=0.3154
"""


@program(normalize="weights", fallback="first", head="L3H7", label="1 term")
def L3H7_1(q, k):
    """Rung 1 of L3H7: local window. Held-out IoU 0.341"""
    return 0.53 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L3H7", label="2 terms")
def L3H7_2(q, k):
    """Rung 2 of L3H7: local window + first token (sink). Held-out IoU 0.463. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.0879, 10.8, 0.434, 1.97, 1.49, 1.94, 2.19, 3.56, 3.44, 4.95, 1.35, 1.4, 4.15)
    return (k == 0) * first_by_class + 0.394 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L3H7", label="3 terms")
def L3H7_3(q, k):
    """Rung 3 of L3H7: local window + first token (sink) + first token (sink). Held-out IoU 0.482. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.0815, 10.3, 0.424, 1.86, 1.35, 1.91, 1.9, 3.48, 3.37, 4.85, 1.36, 1.17, 4.17)
    return (k == 0) * first_by_class + 0.402 * decay(q - k, 10.0) + 0.399 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L3H7", label="5 terms")
def L3H7_5(q, k):
    """Rung 5 of L3H7: local window + first token (sink) + first token (sink) + token sink ' the' + token sink ' '. Held-out IoU 0.492. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.0798, 11.7, 0.42, 2.87, 1.54, 2.82, 2.85, 3.83, 3.58, 5.15, 1.35, 2.18, 4.35)
    return (k == 0) * first_by_class + 0.485 * decay(q - k, 10.0) + 0.364 * (k == 0 and is_word_start(q)) + 1.21 * (token(k) == 260) + 1.33 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L3H7", label="8 terms")
def L3H7_8(q, k):
    """Rung 8 of L3H7: local window + first token (sink) + first token (sink) + token sink ' the' + token sink ' ' + word-class preference + first token (sink) + local window. Held-out IoU 0.528. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0483, 0.00514, 0.139, 0.0502, 0.0202, 0.0219, 0.44, 0.049, 0.0796, 0.707, 0.00605, 0.0202, 0.793)
    first_by_class = table(word_class(q), 0.0783, 13.9, 0.415, 3.52, 1.55, 4.31, 3.56, 3.95, 6.2, 9.22, 1.31, 2.65, 4.39)
    return key_class + (k == 0) * first_by_class + 1.02 * decay(q - k, 3.0) + 0.51 * decay(q - k, 10.0) + 4.1 * ((k == 0) * decay(q, 32.0)) + 0.337 * (k == 0 and is_word_start(q)) + 2.15 * (token(k) == 260) + 1.44 * (token(k) == 216)
