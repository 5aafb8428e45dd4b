"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H5
label: explanation ladder
source: ladder of L27H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3817 rung2_heldout_iou=0.5071 rung3_heldout_iou=0.5400 full_heldout_iou=0.5465 uniform_heldout_iou=0.2115
"""


@program(normalize="weights", fallback="first", head="L27H5", label="1 term")
def L27H5_1(q, k):
    """Rung 1 of L27H5: first token (sink). Held-out IoU 0.382"""
    return 39.4 * (k == 0)


@program(normalize="weights", fallback="first", head="L27H5", label="2 terms")
def L27H5_2(q, k):
    """Rung 2 of L27H5: first token (sink) + local window. Held-out IoU 0.507"""
    return 52.9 * (k == 0) + 7.04 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L27H5", label="3 terms")
def L27H5_3(q, k):
    """Rung 3 of L27H5: first token (sink) + local window + current token. Held-out IoU 0.540. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 9.1, 0.423, 0.402, 0.258, 0.347, 0.177, 7.55, 0.186, 0.165, 122.0, 0.2, 0.26, 7.59)
    return (k == q) * self_by_class + 55.8 * (k == 0) + 6.49 * decay(q - k, 3.0)
