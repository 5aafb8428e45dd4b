"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H0
label: explanation ladder
source: ladder of L27H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5403 rung2_heldout_iou=0.5850 rung3_heldout_iou=0.5916 rung8_heldout_iou=0.5980 full_heldout_iou=0.5992 uniform_heldout_iou=0.1705
"""


@program(normalize="weights", fallback="first", head="L27H0", label="1 term")
def L27H0_1(q, k):
    """Rung 1 of L27H0: first token (sink). Held-out IoU 0.540"""
    return 89.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L27H0", label="2 terms")
def L27H0_2(q, k):
    """Rung 2 of L27H0: first token (sink) + local window. Held-out IoU 0.585"""
    return 104.0 * (k == 0) + 6.78 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L27H0", label="3 terms")
def L27H0_3(q, k):
    """Rung 3 of L27H0: first token (sink) + local window + current token. Held-out IoU 0.592. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 9.28, 0.281, 1.51, 12.2, 0.21, 3.47, 5.08, 7.48, 1.77, 22.9, 0.129, 0.155, 7.82)
    return (k == q) * self_by_class + 107.0 * (k == 0) + 6.86 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L27H0", label="8 terms")
def L27H0_8(q, k):
    """Rung 8 of L27H0: first token (sink) + local window + current token + first token (sink) + word-class preference + first token (sink) + first token (sink) + induction. Held-out IoU 0.598. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0825, 0.203, 0.0186, 0.0496, 0.0179, 0.0135, 0.0759, 0.0628, 0.0219, 0.476, 0.0066, 0.0532, 0.107)
    first_by_class = table(word_class(q), 7.04, 20.1, 1.89, 0.332, 8.68, 1.78, 0.662, 0.388, 5.47, 0.453, 26.4, 20.3, 0.408)
    self_by_class = table(word_class(q), 9.75, 0.283, 1.52, 12.2, 0.211, 3.43, 5.22, 7.52, 1.78, 22.9, 0.129, 0.155, 7.81)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 89.8 * (k == 0) + 6.26 * decay(q - k, 3.0) + 7.78 * ((k == 0) * decay(q, 32.0)) + 7.47 * (k == 0 and is_word_start(q)) + 0.506 * (k == prev_occurrence(q) + 1)
