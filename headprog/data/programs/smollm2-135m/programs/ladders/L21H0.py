"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H0
label: explanation ladder
source: ladder of L21H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4812 rung2_heldout_iou=0.5687 rung3_heldout_iou=0.5846 rung5_heldout_iou=0.5849 rung8_heldout_iou=0.5884 full_heldout_iou=0.5934 uniform_heldout_iou=0.1607
"""


@program(normalize="weights", fallback="first", head="L21H0", label="1 term")
def L21H0_1(q, k):
    """Rung 1 of L21H0: first token (sink). Held-out IoU 0.481"""
    return 103.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H0", label="2 terms")
def L21H0_2(q, k):
    """Rung 2 of L21H0: first token (sink) + local window. Held-out IoU 0.569"""
    return 131.0 * (k == 0) + 10.5 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L21H0", label="3 terms")
def L21H0_3(q, k):
    """Rung 3 of L21H0: first token (sink) + local window + previous token. Held-out IoU 0.585. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 23.9, 0.0672, 14.4, 6.91, 1.73, 0.124, 0.555, 3.88, 0.103, 0.0804, 0.108, 0.107, 0.0936)
    return (k == q - 1) * prev_by_class + 138.0 * (k == 0) + 9.51 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L21H0", label="5 terms")
def L21H0_5(q, k):
    """Rung 5 of L21H0: first token (sink) + local window + previous token + first token (sink) + first token (sink). Held-out IoU 0.585. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.31, 24.3, 1.55, 0.378, 4.27, 7.07, 1.78, 0.359, 11.6, 16.2, 10.9, 21.0, 15.3)
    prev_by_class = table(word_class(q), 20.6, 0.0671, 14.3, 6.88, 1.44, 0.122, 0.496, 3.88, 0.102, 0.0803, 0.107, 0.106, 0.0933)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 127.0 * (k == 0) + 10.5 * decay(q - k, 3.0) + 7.95 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L21H0", label="8 terms")
def L21H0_8(q, k):
    """Rung 8 of L21H0: first token (sink) + local window + previous token + first token (sink) + first token (sink) + first token (sink) + induction + word-class preference. Held-out IoU 0.588. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.21, 24.3, 1.48, 0.378, 4.21, 7.05, 1.7, 0.358, 11.6, 16.2, 10.9, 21.0, 15.3)
    prev_by_class = table(word_class(q), 20.1, 0.0671, 14.1, 6.88, 1.66, 0.123, 0.511, 3.88, 0.103, 0.0803, 0.107, 0.107, 0.0937)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 133.0 * (k == 0) + 9.87 * decay(q - k, 3.0) + 7.78 * ((k == 0) * decay(q, 32.0)) + 3.87 * (k == 0 and is_word_start(q)) + 0.258 * (k == prev_occurrence(q) + 1) + 4.85 * (k == last(is_function_word, q))
