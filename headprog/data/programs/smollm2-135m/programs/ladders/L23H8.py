"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H8
label: explanation ladder
source: ladder of L23H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8439 rung2_heldout_iou=0.8630 rung3_heldout_iou=0.8645 rung5_heldout_iou=0.8648 rung8_heldout_iou=0.8649 full_heldout_iou=0.8653 uniform_heldout_iou=0.0961
"""


@program(normalize="weights", fallback="first", head="L23H8", label="1 term")
def L23H8_1(q, k):
    """Rung 1 of L23H8: first token (sink). Held-out IoU 0.844"""
    return 596.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H8", label="2 terms")
def L23H8_2(q, k):
    """Rung 2 of L23H8: first token (sink) + word-class preference. Held-out IoU 0.863. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.15, 1.27, 0.247, 0.978, 0.22, 0.243, 0.222, 0.381, 0.135, 0.74, 0.0911, 0.572, 0.406)
    return key_class + 737.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H8", label="3 terms")
def L23H8_3(q, k):
    """Rung 3 of L23H8: first token (sink) + word-class preference + local window. Held-out IoU 0.865. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.1, 1.26, 0.244, 0.977, 0.219, 0.242, 0.22, 0.381, 0.134, 0.74, 0.0906, 0.566, 0.405)
    return key_class + 778.0 * (k == 0) + 0.618 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L23H8", label="5 terms")
def L23H8_5(q, k):
    """Rung 5 of L23H8: first token (sink) + word-class preference + local window + first token (sink) + first token (sink). Held-out IoU 0.865. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.09, 1.26, 0.246, 0.979, 0.22, 0.243, 0.221, 0.381, 0.134, 0.743, 0.0908, 0.566, 0.406)
    return key_class + 791.0 * (k == 0) + 0.64 * decay(q - k, 3.0) + 0.613 * (k == 1) + 67.9 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L23H8", label="8 terms")
def L23H8_8(q, k):
    """Rung 8 of L23H8: first token (sink) + word-class preference + local window + first token (sink) + first token (sink) + word-class preference + first token (sink) + word-class preference. Held-out IoU 0.865. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.09, 1.26, 0.246, 0.979, 0.22, 0.243, 0.221, 0.382, 0.134, 0.743, 0.0908, 0.564, 0.406)
    return key_class + 792.0 * (k == 0) + 0.127 * (k == last(is_capitalized, q)) + 0.626 * decay(q - k, 3.0) + 0.61 * (k == 1) + 2.96 * ((k == 0) * decay(q, 32.0)) + 67.9 * (k == 0 and is_word_start(q)) + 0.306 * (k == last(is_function_word, q) + 1)
