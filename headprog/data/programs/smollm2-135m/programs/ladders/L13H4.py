"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H4
label: explanation ladder
source: ladder of L13H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4094 rung2_heldout_iou=0.5492 rung3_heldout_iou=0.5752 full_heldout_iou=0.5785 uniform_heldout_iou=0.1769
"""


@program(normalize="weights", fallback="first", head="L13H4", label="1 term")
def L13H4_1(q, k):
    """Rung 1 of L13H4: first token (sink). Held-out IoU 0.409"""
    return 127.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L13H4", label="2 terms")
def L13H4_2(q, k):
    """Rung 2 of L13H4: first token (sink) + local window. Held-out IoU 0.549"""
    return 145.0 * (k == 0) + 13.6 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L13H4", label="3 terms")
def L13H4_3(q, k):
    """Rung 3 of L13H4: first token (sink) + local window + previous token. Held-out IoU 0.575. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 18.2, 0.333, 56.8, 21.1, 12.2, 0.399, 0.408, 14.1, 0.379, 0.318, 0.782, 20.1, 0.364)
    return (k == q - 1) * prev_by_class + 148.0 * (k == 0) + 11.6 * decay(q - k, 3.0)
