"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H6
label: explanation ladder
source: ladder of L12H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3285 rung2_heldout_iou=0.5749 rung3_heldout_iou=0.5994 full_heldout_iou=0.6083 uniform_heldout_iou=0.2490
"""


@program(normalize="weights", fallback="first", head="L12H6", label="1 term")
def L12H6_1(q, k):
    """Rung 1 of L12H6: local window. Held-out IoU 0.329"""
    return 14.6 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L12H6", label="2 terms")
def L12H6_2(q, k):
    """Rung 2 of L12H6: local window + first token (sink). Held-out IoU 0.575"""
    return 77.7 * (k == 0) + 18.1 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L12H6", label="3 terms")
def L12H6_3(q, k):
    """Rung 3 of L12H6: local window + first token (sink) + previous token. Held-out IoU 0.599. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 32.6, 0.336, 20.1, 16.9, 17.8, 0.784, 0.461, 15.7, 0.374, 0.321, 0.335, 17.7, 0.365)
    return (k == q - 1) * prev_by_class + 98.3 * (k == 0) + 17.4 * decay(q - k, 3.0)
