"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H0
label: explanation ladder
source: ladder of L28H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7890 rung2_heldout_iou=0.8197 rung3_heldout_iou=0.8229 full_heldout_iou=0.8235 uniform_heldout_iou=0.1106
"""


@program(normalize="weights", fallback="first", head="L28H0", label="1 term")
def L28H0_1(q, k):
    """Rung 1 of L28H0: first token (sink). Held-out IoU 0.789"""
    return 361.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H0", label="2 terms")
def L28H0_2(q, k):
    """Rung 2 of L28H0: first token (sink) + word-class preference. Held-out IoU 0.820. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.501, 1.45, 0.264, 0.513, 0.276, 0.214, 0.41, 0.294, 0.152, 0.829, 0.0801, 1.6, 0.652)
    return key_class + 423.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H0", label="3 terms")
def L28H0_3(q, k):
    """Rung 3 of L28H0: first token (sink) + word-class preference + current token. Held-out IoU 0.823. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.5, 1.45, 0.261, 0.511, 0.272, 0.21, 0.401, 0.291, 0.147, 0.774, 0.0775, 1.61, 0.583)
    self_by_class = table(word_class(q), 0.829, 1.1, 0.55, 0.49, 0.588, 0.823, 1.52, 0.893, 0.778, 38.2, 0.427, 0.484, 7.12)
    return key_class + (k == q) * self_by_class + 425.0 * (k == 0)
