"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H3
label: explanation ladder
source: ladder of L21H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3466 rung2_heldout_iou=0.5677 rung3_heldout_iou=0.5783 full_heldout_iou=0.5861 uniform_heldout_iou=0.2758
"""


@program(normalize="weights", fallback="first", head="L21H3", label="1 term")
def L21H3_1(q, k):
    """Rung 1 of L21H3: first token (sink). Held-out IoU 0.347"""
    return 41.9 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H3", label="2 terms")
def L21H3_2(q, k):
    """Rung 2 of L21H3: first token (sink) + local window. Held-out IoU 0.568"""
    return 49.8 * (k == 0) + 4.51 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H3", label="3 terms")
def L21H3_3(q, k):
    """Rung 3 of L21H3: first token (sink) + local window + first token (sink). Held-out IoU 0.578. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.22, 30.3, 0.38, 0.357, 0.376, 0.469, 0.443, 0.535, 1.04, 10.9, 23.7, 26.2, 16.2)
    return (k == 0) * first_by_class + 45.0 * (k == 0) + 4.47 * decay(q - k, 10.0)
