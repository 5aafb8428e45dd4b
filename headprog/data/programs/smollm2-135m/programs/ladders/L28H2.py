"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H2
label: explanation ladder
source: ladder of L28H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7849 rung2_heldout_iou=0.8173 rung3_heldout_iou=0.8201 full_heldout_iou=0.8212 uniform_heldout_iou=0.1114
"""


@program(normalize="weights", fallback="first", head="L28H2", label="1 term")
def L28H2_1(q, k):
    """Rung 1 of L28H2: first token (sink). Held-out IoU 0.785"""
    return 320.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H2", label="2 terms")
def L28H2_2(q, k):
    """Rung 2 of L28H2: first token (sink) + word-class preference. Held-out IoU 0.817. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.545, 1.73, 0.288, 0.354, 0.287, 0.236, 0.315, 0.283, 0.172, 0.529, 0.0952, 1.6, 0.664)
    return key_class + 400.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H2", label="3 terms")
def L28H2_3(q, k):
    """Rung 3 of L28H2: first token (sink) + word-class preference + current token. Held-out IoU 0.820. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.544, 1.72, 0.286, 0.353, 0.285, 0.235, 0.31, 0.28, 0.17, 0.507, 0.0924, 1.61, 0.623)
    self_by_class = table(word_class(q), 0.832, 1.99, 0.793, 0.449, 0.713, 0.694, 1.08, 0.653, 0.887, 31.0, 0.423, 0.475, 9.06)
    return key_class + (k == q) * self_by_class + 404.0 * (k == 0)
