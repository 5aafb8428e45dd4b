"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H6
label: explanation ladder
source: ladder of L23H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7099 rung2_heldout_iou=0.7217 rung3_heldout_iou=0.7316 full_heldout_iou=0.7365 uniform_heldout_iou=0.1041
"""


@program(normalize="weights", fallback="first", head="L23H6", label="1 term")
def L23H6_1(q, k):
    """Rung 1 of L23H6: first token (sink). Held-out IoU 0.710"""
    return 359.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H6", label="2 terms")
def L23H6_2(q, k):
    """Rung 2 of L23H6: first token (sink) + local window. Held-out IoU 0.722"""
    return 276.0 * (k == 0) + 5.08 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L23H6", label="3 terms")
def L23H6_3(q, k):
    """Rung 3 of L23H6: first token (sink) + local window + current token. Held-out IoU 0.732. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.549, 0.348, 0.452, 0.606, 0.476, 0.53, 0.732, 0.504, 1.29, 34.2, 0.395, 0.414, 3.8)
    return (k == q) * self_by_class + 319.0 * (k == 0) + 4.39 * decay(q - k, 3.0)
