"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H8
label: explanation ladder
source: ladder of L22H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3764 rung2_heldout_iou=0.5117 rung3_heldout_iou=0.5158 full_heldout_iou=0.5178 uniform_heldout_iou=0.2230
"""


@program(normalize="weights", fallback="first", head="L22H8", label="1 term")
def L22H8_1(q, k):
    """Rung 1 of L22H8: first token (sink). Held-out IoU 0.376"""
    return 115.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L22H8", label="2 terms")
def L22H8_2(q, k):
    """Rung 2 of L22H8: first token (sink) + local window. Held-out IoU 0.512"""
    return 132.0 * (k == 0) + 15.5 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L22H8", label="3 terms")
def L22H8_3(q, k):
    """Rung 3 of L22H8: first token (sink) + local window + previous token. Held-out IoU 0.516. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 4.57, 0.281, 11.9, 18.7, 6.51, 26.3, 7.44, 3.77, 8.94, 0.5, 0.342, 0.353, 0.346)
    return (k == q - 1) * prev_by_class + 133.0 * (k == 0) + 15.8 * decay(q - k, 3.0)
