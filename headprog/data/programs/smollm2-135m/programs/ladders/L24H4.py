"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H4
label: explanation ladder
source: ladder of L24H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5219 rung3_heldout_iou=0.5890 rung5_heldout_iou=0.6114 rung8_heldout_iou=0.6150 full_heldout_iou=0.6194 uniform_heldout_iou=0.1708
"""


@program(normalize="weights", fallback="first", head="L24H4", label="1 term")
def L24H4_1(q, k):
    """Rung 1 of L24H4: first token (sink). Held-out IoU 0.522"""
    return 0.284 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H4", label="3 terms")
def L24H4_3(q, k):
    """Rung 3 of L24H4: first token (sink) + first token (sink) + sentence start. Held-out IoU 0.589"""
    return 112.0 * (k == 0) + 2.62 * (k >= sentence_start(q)) + 0.401 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H4", label="5 terms")
def L24H4_5(q, k):
    """Rung 5 of L24H4: first token (sink) + first token (sink) + sentence start + word-class preference + word-class preference. Held-out IoU 0.611. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.448, 0.374, 0.145, 0.0955, 0.0985, 0.0984, 0.0869, 0.0738, 0.0409, 0.344, 0.0172, 0.603, 0.0971)
    return key_class + 124.0 * (k == 0) + 1.73 * (k >= sentence_start(q)) + 3.25 * (k == last(is_function_word, q) + 1) + 0.386 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H4", label="8 terms")
def L24H4_8(q, k):
    """Rung 8 of L24H4: first token (sink) + first token (sink) + sentence start + word-class preference + word-class preference + previous token + local window + first token (sink). Held-out IoU 0.615. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.447, 0.374, 0.146, 0.0958, 0.0989, 0.0986, 0.0871, 0.074, 0.0419, 0.342, 0.0172, 0.604, 0.0965)
    prev_by_class = table(word_class(q), 0.329, 0.14, 0.221, 0.187, 1.52, 14.0, 0.882, 0.239, 12.5, 0.283, 0.075, 0.102, 0.0932)
    return key_class + (k == q - 1) * prev_by_class + 130.0 * (k == 0) + 1.66 * (k >= sentence_start(q)) + 0.329 * decay(q - k, 1.0) + 5.24 * ((k == 0) * decay(q, 32.0)) + 3.2 * (k == last(is_function_word, q) + 1) + 0.385 * (k == 0 and is_function_word(q))
