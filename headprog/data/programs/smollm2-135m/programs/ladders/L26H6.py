"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H6
label: explanation ladder
source: ladder of L26H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6954 rung2_heldout_iou=0.7120 rung3_heldout_iou=0.7203 full_heldout_iou=0.7221 uniform_heldout_iou=0.1125
"""


@program(normalize="weights", fallback="first", head="L26H6", label="1 term")
def L26H6_1(q, k):
    """Rung 1 of L26H6: first token (sink). Held-out IoU 0.695"""
    return 290.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H6", label="2 terms")
def L26H6_2(q, k):
    """Rung 2 of L26H6: first token (sink) + local window. Held-out IoU 0.712"""
    return 189.0 * (k == 0) + 3.05 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L26H6", label="3 terms")
def L26H6_3(q, k):
    """Rung 3 of L26H6: first token (sink) + local window + current token. Held-out IoU 0.720. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 4.25, 2.29, 0.445, 20.0, 0.32, 0.419, 14.1, 1.75, 0.908, 24.7, 0.456, 0.426, 0.375)
    return (k == q) * self_by_class + 202.0 * (k == 0) + 2.77 * decay(q - k, 3.0)
