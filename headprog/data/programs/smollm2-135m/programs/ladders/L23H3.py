"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H3
label: explanation ladder
source: ladder of L23H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6090 rung2_heldout_iou=0.6693 rung3_heldout_iou=0.6933 rung5_heldout_iou=0.7005 rung8_heldout_iou=0.7010 full_heldout_iou=0.7124 uniform_heldout_iou=0.1612
"""


@program(normalize="weights", fallback="first", head="L23H3", label="1 term")
def L23H3_1(q, k):
    """Rung 1 of L23H3: first token (sink). Held-out IoU 0.609"""
    return 102.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H3", label="2 terms")
def L23H3_2(q, k):
    """Rung 2 of L23H3: first token (sink) + local window. Held-out IoU 0.669"""
    return 81.4 * (k == 0) + 5.53 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L23H3", label="3 terms")
def L23H3_3(q, k):
    """Rung 3 of L23H3: first token (sink) + local window + previous token. Held-out IoU 0.693. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.098, 0.0784, 0.641, 0.302, 1.47, 125.0, 0.633, 0.323, 7.56, 0.641, 0.0937, 0.0872, 0.107)
    return (k == q - 1) * prev_by_class + 102.0 * (k == 0) + 4.59 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L23H3", label="5 terms")
def L23H3_5(q, k):
    """Rung 5 of L23H3: first token (sink) + local window + previous token + word-class preference + first token (sink). Held-out IoU 0.701. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0991, 0.0786, 0.648, 0.301, 1.5, 132.0, 0.648, 0.337, 7.83, 0.659, 0.0938, 0.0878, 0.108)
    return (k == q - 1) * prev_by_class + 108.0 * (k == 0) + 3.95 * decay(q - k, 3.0) + 14.4 * (k == 0 and is_word_start(q)) + 0.0843 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))


@program(normalize="weights", fallback="first", head="L23H3", label="8 terms")
def L23H3_8(q, k):
    """Rung 8 of L23H3: first token (sink) + local window + previous token + word-class preference + first token (sink) + first token (sink) + first token (sink) + word-class preference. Held-out IoU 0.701. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0992, 0.0786, 0.649, 0.302, 1.51, 134.0, 0.649, 0.338, 7.86, 0.658, 0.0939, 0.0878, 0.108)
    return (k == q - 1) * prev_by_class + 108.0 * (k == 0) + 0.2 * (k == last(is_capitalized, q)) + 3.95 * decay(q - k, 3.0) + 0.235 * (k == 1) + 6.56 * ((k == 0) * decay(q, 32.0)) + 14.4 * (k == 0 and is_word_start(q)) + 0.0817 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
