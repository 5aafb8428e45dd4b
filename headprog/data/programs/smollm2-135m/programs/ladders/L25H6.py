"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H6
label: explanation ladder
source: ladder of L25H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5759 rung2_heldout_iou=0.6570 rung3_heldout_iou=0.6603 rung5_heldout_iou=0.6626 rung8_heldout_iou=0.6627 full_heldout_iou=0.6694 uniform_heldout_iou=0.1536
"""


@program(normalize="weights", fallback="first", head="L25H6", label="1 term")
def L25H6_1(q, k):
    """Rung 1 of L25H6: first token (sink). Held-out IoU 0.576"""
    return 126.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H6", label="2 terms")
def L25H6_2(q, k):
    """Rung 2 of L25H6: first token (sink) + local window. Held-out IoU 0.657"""
    return 167.0 * (k == 0) + 18.4 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L25H6", label="3 terms")
def L25H6_3(q, k):
    """Rung 3 of L25H6: first token (sink) + local window + first token (sink). Held-out IoU 0.660. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.8, 20.3, 0.713, 0.367, 1.44, 0.349, 0.363, 0.371, 4.13, 1.44, 19.1, 18.5, 13.0)
    return (k == 0) * first_by_class + 161.0 * (k == 0) + 19.1 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L25H6", label="5 terms")
def L25H6_5(q, k):
    """Rung 5 of L25H6: first token (sink) + local window + first token (sink) + sentence start + first token (sink). Held-out IoU 0.663. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.63, 20.3, 0.553, 0.367, 1.28, 0.347, 0.363, 0.374, 4.08, 1.21, 19.1, 18.5, 13.0)
    return (k == 0) * first_by_class + 161.0 * (k == 0) + 0.194 * (k >= sentence_start(q)) + 17.4 * decay(q - k, 1.0) + 4.41 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L25H6", label="8 terms")
def L25H6_8(q, k):
    """Rung 8 of L25H6: first token (sink) + local window + first token (sink) + sentence start + first token (sink) + first token (sink) + word-class preference + first token (sink). Held-out IoU 0.663. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.6, 20.3, 0.536, 0.367, 1.27, 0.347, 0.364, 0.373, 4.08, 1.25, 19.1, 18.5, 13.0)
    return (k == 0) * first_by_class + 161.0 * (k == 0) + 0.193 * (k >= sentence_start(q)) + 17.4 * decay(q - k, 1.0) + 4.4 * ((k == 0) * decay(q, 32.0)) + 3.29 * (k == 0 and is_word_start(q)) + 0.635 * (k == last(is_function_word, q)) + 0.0927 * (k == 0 and is_function_word(q))
