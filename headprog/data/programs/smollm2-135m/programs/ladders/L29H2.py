"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H2
label: explanation ladder
source: ladder of L29H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3547 rung2_heldout_iou=0.4932 rung3_heldout_iou=0.5144 full_heldout_iou=0.5328 uniform_heldout_iou=0.2440
"""


@program(normalize="weights", fallback="first", head="L29H2", label="1 term")
def L29H2_1(q, k):
    """Rung 1 of L29H2: first token (sink). Held-out IoU 0.355"""
    return 32.6 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H2", label="2 terms")
def L29H2_2(q, k):
    """Rung 2 of L29H2: first token (sink) + local window. Held-out IoU 0.493"""
    return 34.5 * (k == 0) + 5.38 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L29H2", label="3 terms")
def L29H2_3(q, k):
    """Rung 3 of L29H2: first token (sink) + local window + current token. Held-out IoU 0.514. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.02, 0.167, 3.55, 8.17, 0.458, 0.177, 14.5, 0.282, 2.66, 144.0, 0.126, 0.132, 2.49)
    return (k == q) * self_by_class + 35.6 * (k == 0) + 5.51 * decay(q - k, 3.0)
