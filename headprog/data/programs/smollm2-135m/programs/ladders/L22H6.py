"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H6
label: explanation ladder
source: ladder of L22H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3704 rung2_heldout_iou=0.4835 rung3_heldout_iou=0.4904 full_heldout_iou=0.4986 uniform_heldout_iou=0.2053
"""


@program(normalize="weights", fallback="first", head="L22H6", label="1 term")
def L22H6_1(q, k):
    """Rung 1 of L22H6: first token (sink). Held-out IoU 0.370"""
    return 100.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L22H6", label="2 terms")
def L22H6_2(q, k):
    """Rung 2 of L22H6: first token (sink) + local window. Held-out IoU 0.483"""
    return 77.5 * (k == 0) + 10.1 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H6", label="3 terms")
def L22H6_3(q, k):
    """Rung 3 of L22H6: first token (sink) + local window + current token. Held-out IoU 0.490. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 17.9, 0.823, 0.0803, 1.64, 0.287, 0.113, 2.37, 1.52, 0.106, 1.77, 0.0737, 0.331, 0.0838)
    return (k == q) * self_by_class + 85.4 * (k == 0) + 9.74 * decay(q - k, 3.0)
