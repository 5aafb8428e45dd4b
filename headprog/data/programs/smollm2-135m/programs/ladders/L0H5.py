"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H5
label: explanation ladder
source: ladder of L0H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5400 rung2_heldout_iou=0.5685 rung3_heldout_iou=0.6445 rung5_heldout_iou=0.6547 full_heldout_iou=0.6572 uniform_heldout_iou=0.5436
"""


@program(normalize="weights", fallback="first", head="L0H5", label="1 term")
def L0H5_1(q, k):
    """Rung 1 of L0H5: local window. Held-out IoU 0.540"""
    return 2.19 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L0H5", label="2 terms")
def L0H5_2(q, k):
    """Rung 2 of L0H5: local window + current token. Held-out IoU 0.569. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 2.85, 0.0974, 20.5, 5.21, 0.288, 2.39, 1.92, 0.0885, 0.0749, 0.0688, 0.756, 1.87, 2.49)
    return (k == q) * self_by_class + 2.87 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L0H5", label="3 terms")
def L0H5_3(q, k):
    """Rung 3 of L0H5: local window + current token + word-class preference. Held-out IoU 0.644. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.863, 0.501, 1.67, 1.83, 1.36, 2.01, 0.104, 0.511, 0.0731, 0.0927, 0.758, 0.954, 0.0529)
    self_by_class = table(word_class(q), 5.38, 0.203, 28.7, 5.25, 0.288, 2.43, 3.6, 0.0885, 0.167, 0.145, 0.758, 2.97, 3.53)
    return key_class + (k == q) * self_by_class + 2.74 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L0H5", label="5 terms")
def L0H5_5(q, k):
    """Rung 5 of L0H5: local window + current token + word-class preference + local window + word-class preference. Held-out IoU 0.655. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.24, 0.677, 1.67, 1.8, 0.972, 2.03, 0.0496, 0.34, 0.0771, 0.094, 1.07, 1.45, 0.0542)
    self_by_class = table(word_class(q), 2.98, 0.0978, 32.3, 5.18, 0.156, 1.14, 1.65, 0.0888, 0.0748, 0.0691, 0.338, 1.35, 3.04)
    return key_class + (k == q) * self_by_class + 4.18 * decay(q - k, 1.0) + 2.34 * decay(q - k, 10.0) + 0.559 * is_function_word(k)
