"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H3
label: explanation ladder
source: ladder of L25H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6857 rung3_heldout_iou=0.7013 rung5_heldout_iou=0.7040 rung8_heldout_iou=0.7042 full_heldout_iou=0.7087 uniform_heldout_iou=0.1173
"""


@program(normalize="weights", fallback="first", head="L25H3", label="1 term")
def L25H3_1(q, k):
    """Rung 1 of L25H3: first token (sink). Held-out IoU 0.686"""
    return 380.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H3", label="3 terms")
def L25H3_3(q, k):
    """Rung 3 of L25H3: first token (sink) + local window + current token. Held-out IoU 0.701. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 18.1, 0.267, 0.188, 9.07, 0.182, 1.18, 1.87, 7.49, 6.15, 8.84, 0.169, 0.198, 1.73)
    return (k == q) * self_by_class + 362.0 * (k == 0) + 6.59 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H3", label="5 terms")
def L25H3_5(q, k):
    """Rung 5 of L25H3: first token (sink) + local window + current token + first token (sink) + first token (sink). Held-out IoU 0.704. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 18.4, 0.267, 0.188, 9.07, 0.182, 1.48, 2.5, 7.6, 7.04, 8.85, 0.169, 0.197, 2.1)
    return (k == q) * self_by_class + 372.0 * (k == 0) + 6.53 * decay(q - k, 3.0) + 31.3 * (k == 0 and is_word_start(q)) + 21.9 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L25H3", label="8 terms")
def L25H3_8(q, k):
    """Rung 8 of L25H3: first token (sink) + local window + current token + first token (sink) + first token (sink) + first token (sink) + word-class preference + previous token. Held-out IoU 0.704. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 18.5, 0.268, 0.188, 9.07, 0.182, 1.5, 2.56, 7.6, 6.98, 8.86, 0.169, 0.197, 2.2)
    return (k == q) * self_by_class + 0.081 * (k == q - 1) + 372.0 * (k == 0) + 6.53 * decay(q - k, 3.0) + 15.0 * ((k == 0) * decay(q, 32.0)) + 31.3 * (k == 0 and is_word_start(q)) + 0.0888 * (k == last(is_function_word, q)) + 21.9 * (k == 0 and is_function_word(q))
