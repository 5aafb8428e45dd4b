"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H8
label: explanation ladder
source: ladder of L16H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2880 rung2_heldout_iou=0.5089 rung3_heldout_iou=0.5201 rung5_heldout_iou=0.5325 rung8_heldout_iou=0.5356 full_heldout_iou=0.5446 uniform_heldout_iou=0.2796
"""


@program(normalize="weights", fallback="first", head="L16H8", label="1 term")
def L16H8_1(q, k):
    """Rung 1 of L16H8: first token (sink). Held-out IoU 0.288"""
    return 11.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L16H8", label="2 terms")
def L16H8_2(q, k):
    """Rung 2 of L16H8: first token (sink) + local window. Held-out IoU 0.509"""
    return 16.8 * (k == 0) + 2.8 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L16H8", label="3 terms")
def L16H8_3(q, k):
    """Rung 3 of L16H8: first token (sink) + local window + word-class preference. Held-out IoU 0.520. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0833, 0.0486, 0.0107, 0.0114, 0.031, 0.0369, 0.0315, 0.0431, 0.0286, 0.18, 0.0101, 0.0297, 0.044)
    return key_class + 16.3 * (k == 0) + 2.47 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L16H8", label="5 terms")
def L16H8_5(q, k):
    """Rung 5 of L16H8: first token (sink) + local window + word-class preference + first token (sink) + sentence start. Held-out IoU 0.532. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0924, 0.0487, 0.0107, 0.0114, 0.0344, 0.0386, 0.0323, 0.0432, 0.0299, 0.207, 0.00972, 0.0281, 0.0773)
    first_by_class = table(word_class(q), 18.5, 35.4, 0.617, 0.29, 5.14, 0.286, 0.163, 1.83, 0.0958, 0.0689, 0.341, 6.53, 0.0865)
    return key_class + (k == 0) * first_by_class + 14.4 * (k == 0) + 0.381 * (k >= sentence_start(q)) + 3.04 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L16H8", label="8 terms")
def L16H8_8(q, k):
    """Rung 8 of L16H8: first token (sink) + local window + word-class preference + first token (sink) + sentence start + word start + first token (sink) + word-class preference. Held-out IoU 0.536. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.104, 0.0623, 0.0113, 0.0113, 0.0388, 0.0383, 0.0389, 0.043, 0.0384, 0.242, 0.0107, 0.0308, 0.0831)
    first_by_class = table(word_class(q), 18.5, 37.4, 0.61, 0.282, 5.08, 0.262, 0.124, 1.84, 0.0948, 0.0687, 0.259, 6.46, 0.0867)
    return key_class + (k == 0) * first_by_class + 13.8 * (k == 0) + 1.32 * (k == last(is_word_start, q)) + 0.408 * (k >= sentence_start(q)) + 3.2 * decay(q - k, 3.0) + 5.03 * ((k == 0) * decay(q, 32.0)) + 0.132 * (k == last(is_function_word, q))
