"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H3
label: explanation ladder
source: ladder of L29H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4722 rung2_heldout_iou=0.5308 rung3_heldout_iou=0.5459 full_heldout_iou=0.5517 uniform_heldout_iou=0.2353
"""


@program(normalize="weights", fallback="first", head="L29H3", label="1 term")
def L29H3_1(q, k):
    """Rung 1 of L29H3: local window. Held-out IoU 0.472"""
    return 60.8 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L29H3", label="2 terms")
def L29H3_2(q, k):
    """Rung 2 of L29H3: local window + first token (sink). Held-out IoU 0.531"""
    return 18.3 * (k == 0) + 59.4 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L29H3", label="3 terms")
def L29H3_3(q, k):
    """Rung 3 of L29H3: local window + first token (sink) + previous token. Held-out IoU 0.546. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 13.7, 0.295, 24.0, 1.11, 0.812, 0.354, 0.829, 0.755, 21.8, 0.321, 16.4, 0.853, 15.6)
    return (k == q - 1) * prev_by_class + 14.7 * (k == 0) + 45.6 * decay(q - k, 1.0)
