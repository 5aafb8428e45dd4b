"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H8
label: explanation ladder
source: ladder of L29H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6248 rung2_heldout_iou=0.7051 rung3_heldout_iou=0.7163 full_heldout_iou=0.7196 uniform_heldout_iou=0.1727
"""


@program(normalize="weights", fallback="first", head="L29H8", label="1 term")
def L29H8_1(q, k):
    """Rung 1 of L29H8: first token (sink). Held-out IoU 0.625"""
    return 67.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L29H8", label="2 terms")
def L29H8_2(q, k):
    """Rung 2 of L29H8: first token (sink) + local window. Held-out IoU 0.705"""
    return 58.6 * (k == 0) + 1.37 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L29H8", label="3 terms")
def L29H8_3(q, k):
    """Rung 3 of L29H8: first token (sink) + local window + word-class preference. Held-out IoU 0.716. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.224, 0.302, 0.0373, 0.0667, 0.156, 0.0804, 0.14, 0.192, 0.103, 0.687, 0.00894, 0.106, 0.147)
    return key_class + 80.1 * (k == 0) + 0.973 * decay(q - k, 10.0)
