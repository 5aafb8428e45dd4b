"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H3
label: explanation ladder
source: ladder of L16H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3075 rung2_heldout_iou=0.4606 rung3_heldout_iou=0.4691 full_heldout_iou=0.4717 uniform_heldout_iou=0.2492
"""


@program(normalize="weights", fallback="first", head="L16H3", label="1 term")
def L16H3_1(q, k):
    """Rung 1 of L16H3: first token (sink). Held-out IoU 0.307"""
    return 59.2 * (k == 0)


@program(normalize="weights", fallback="first", head="L16H3", label="2 terms")
def L16H3_2(q, k):
    """Rung 2 of L16H3: first token (sink) + local window. Held-out IoU 0.461"""
    return 58.0 * (k == 0) + 4.18 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L16H3", label="3 terms")
def L16H3_3(q, k):
    """Rung 3 of L16H3: first token (sink) + local window + previous token. Held-out IoU 0.469. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.136, 0.152, 3.65, 3.15, 0.252, 3.86, 48.3, 6.33, 13.6, 3.31, 0.16, 0.517, 3.67)
    return (k == q - 1) * prev_by_class + 61.2 * (k == 0) + 4.13 * decay(q - k, 10.0)
