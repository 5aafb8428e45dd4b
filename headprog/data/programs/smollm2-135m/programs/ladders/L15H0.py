"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H0
label: explanation ladder
source: ladder of L15H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5554 rung2_heldout_iou=0.6706 rung3_heldout_iou=0.6729 rung5_heldout_iou=0.6742 rung8_heldout_iou=0.6766 full_heldout_iou=0.6825 uniform_heldout_iou=0.1797
"""


@program(normalize="weights", fallback="first", head="L15H0", label="1 term")
def L15H0_1(q, k):
    """Rung 1 of L15H0: first token (sink). Held-out IoU 0.555"""
    return 79.9 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H0", label="2 terms")
def L15H0_2(q, k):
    """Rung 2 of L15H0: first token (sink) + local window. Held-out IoU 0.671"""
    return 97.1 * (k == 0) + 4.39 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L15H0", label="3 terms")
def L15H0_3(q, k):
    """Rung 3 of L15H0: first token (sink) + local window + first token (sink). Held-out IoU 0.673. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 10.0, 21.1, 6.78, 0.986, 7.16, 0.489, 0.745, 0.52, 0.334, 0.327, 16.8, 11.7, 0.401)
    return (k == 0) * first_by_class + 92.4 * (k == 0) + 4.64 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L15H0", label="5 terms")
def L15H0_5(q, k):
    """Rung 5 of L15H0: first token (sink) + local window + first token (sink) + first token (sink) + punctuation. Held-out IoU 0.674. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 10.1, 21.1, 6.79, 0.99, 7.19, 0.567, 0.76, 0.572, 0.334, 0.327, 16.9, 11.7, 0.401)
    return (k == 0) * first_by_class + 88.4 * (k == 0) + 0.141 * is_sentence_end(k) + 4.8 * decay(q - k, 3.0) + 4.42 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L15H0", label="8 terms")
def L15H0_8(q, k):
    """Rung 8 of L15H0: first token (sink) + local window + first token (sink) + first token (sink) + punctuation + punctuation + word-class preference + previous token. Held-out IoU 0.677. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 10.1, 21.1, 6.79, 0.998, 7.18, 0.634, 0.773, 0.634, 0.336, 0.328, 16.8, 11.7, 0.401)
    prev_by_class = table(word_class(q), 1.38, 0.0799, 0.151, 1.38, 0.393, 3.08, 1.82, 1.77, 4.62, 3.23, 0.0822, 0.732, 4.0)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 90.4 * (k == 0) + 0.148 * (k == last(is_punct, q) + 1) + 0.141 * is_sentence_end(k) + 4.67 * decay(q - k, 3.0) + 4.43 * ((k == 0) * decay(q, 32.0)) + 0.33 * (k == last(is_function_word, q))
