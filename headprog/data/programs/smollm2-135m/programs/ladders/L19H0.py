"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H0
label: explanation ladder
source: ladder of L19H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6894 rung2_heldout_iou=0.7865 rung3_heldout_iou=0.8025 rung5_heldout_iou=0.8048 rung8_heldout_iou=0.8065 full_heldout_iou=0.8101 uniform_heldout_iou=0.1640
"""


@program(normalize="weights", fallback="first", head="L19H0", label="1 term")
def L19H0_1(q, k):
    """Rung 1 of L19H0: first token (sink). Held-out IoU 0.689"""
    return 171.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H0", label="2 terms")
def L19H0_2(q, k):
    """Rung 2 of L19H0: first token (sink) + word-class preference. Held-out IoU 0.786. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.718, 0.302, 0.514, 0.435, 0.681, 1.01, 0.678, 0.589, 0.561, 1.78, 0.165, 0.256, 1.77)
    return key_class + 155.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H0", label="3 terms")
def L19H0_3(q, k):
    """Rung 3 of L19H0: first token (sink) + word-class preference + local window. Held-out IoU 0.802. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.641, 0.197, 0.36, 0.368, 0.61, 0.97, 0.366, 0.532, 0.495, 1.77, 0.0958, 0.145, 1.78)
    return key_class + 176.0 * (k == 0) + 1.93 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L19H0", label="5 terms")
def L19H0_5(q, k):
    """Rung 5 of L19H0: first token (sink) + word-class preference + local window + first token (sink) + first token (sink). Held-out IoU 0.805. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.643, 0.198, 0.36, 0.369, 0.611, 0.97, 0.365, 0.529, 0.495, 1.76, 0.0967, 0.146, 1.77)
    first_by_class = table(word_class(q), 2.24, 31.4, 12.7, 4.21, 1.21, 4.21, 0.742, 1.01, 4.0, 0.433, 22.6, 23.2, 0.385)
    return key_class + (k == 0) * first_by_class + 163.0 * (k == 0) + 1.92 * decay(q - k, 3.0) + 3.85 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L19H0", label="8 terms")
def L19H0_8(q, k):
    """Rung 8 of L19H0: first token (sink) + word-class preference + local window + first token (sink) + first token (sink) + local window + first token (sink) + induction. Held-out IoU 0.806. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.634, 0.171, 0.346, 0.36, 0.601, 0.966, 0.349, 0.521, 0.484, 1.77, 0.085, 0.132, 1.78)
    first_by_class = table(word_class(q), 2.2, 31.4, 12.8, 4.35, 1.2, 4.23, 0.696, 1.0, 4.0, 0.433, 22.8, 23.2, 0.385)
    return key_class + (k == 0) * first_by_class + 168.0 * (k == 0) + 1.88 * decay(q - k, 3.0) + 0.294 * decay(q - k, 10.0) + 20.0 * ((k == 0) * decay(q, 32.0)) + 3.87 * (k == 0 and is_word_start(q)) + 0.387 * (k == prev_occurrence(q) + 1)
