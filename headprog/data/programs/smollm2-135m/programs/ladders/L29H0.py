"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H0
label: explanation ladder
source: ladder of L29H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3618 rung2_heldout_iou=0.5207 rung3_heldout_iou=0.5738 rung5_heldout_iou=0.5957 rung8_heldout_iou=0.6009 full_heldout_iou=0.6052 uniform_heldout_iou=0.2234
"""


@program(normalize="weights", fallback="first", head="L29H0", label="1 term")
def L29H0_1(q, k):
    """Rung 1 of L29H0: first token (sink). Held-out IoU 0.362"""
    return 21.3 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H0", label="2 terms")
def L29H0_2(q, k):
    """Rung 2 of L29H0: first token (sink) + current token. Held-out IoU 0.521"""
    return 10.3 * (k == q) + 25.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H0", label="3 terms")
def L29H0_3(q, k):
    """Rung 3 of L29H0: first token (sink) + current token + local window. Held-out IoU 0.574"""
    return 6.82 * (k == q) + 25.9 * (k == 0) + 0.624 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L29H0", label="5 terms")
def L29H0_5(q, k):
    """Rung 5 of L29H0: first token (sink) + current token + local window + first token (sink) + previous token. Held-out IoU 0.596. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 32.1, 11.2, 0.261, 3.9, 0.31, 2.13, 4.79, 3.91, 2.4, 0.103, 0.066, 3.52, 0.0853)
    prev_by_class = table(word_class(q), 0.632, 0.0734, 1.26, 0.0986, 1.31, 1.44, 0.27, 0.984, 1.68, 0.143, 6.03, 0.105, 2.28)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 8.56 * (k == q) + 21.2 * (k == 0) + 0.694 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L29H0", label="8 terms")
def L29H0_8(q, k):
    """Rung 8 of L29H0: first token (sink) + current token + local window + first token (sink) + previous token + current token + sentence start + first token (sink). Held-out IoU 0.601. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 27.7, 11.2, 0.209, 3.82, 0.219, 1.85, 4.61, 3.82, 2.45, 0.208, 0.0662, 3.28, 0.0841)
    self_by_class = table(word_class(q), 0.236, 0.158, 3.9, 0.198, 2.22, 0.196, 0.194, 0.176, 0.301, 10.5, 28.3, 1.55, 8.75)
    prev_by_class = table(word_class(q), 0.718, 0.0677, 1.88, 0.114, 1.93, 1.96, 0.269, 1.48, 1.79, 0.178, 12.3, 0.161, 3.92)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 8.48 * (k == q) + 22.7 * (k == 0) + 0.204 * (k >= sentence_start(q)) + 0.662 * decay(q - k, 10.0) + 8.11 * (k == 0 and is_word_start(q))
