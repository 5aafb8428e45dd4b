"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H5
label: explanation ladder
source: ladder of L15H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3126 rung2_heldout_iou=0.5010 rung3_heldout_iou=0.5139 full_heldout_iou=0.5337 uniform_heldout_iou=0.3024
"""


@program(normalize="weights", fallback="first", head="L15H5", label="1 term")
def L15H5_1(q, k):
    """Rung 1 of L15H5: local window. Held-out IoU 0.313"""
    return 1.14 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H5", label="2 terms")
def L15H5_2(q, k):
    """Rung 2 of L15H5: local window + first token (sink). Held-out IoU 0.501. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 7.32, 14.9, 0.803, 0.795, 0.877, 8.07, 0.751, 7.58, 10.8, 18.8, 0.838, 11.0, 15.4)
    return (k == 0) * first_by_class + 0.685 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H5", label="3 terms")
def L15H5_3(q, k):
    """Rung 3 of L15H5: local window + first token (sink) + first token (sink). Held-out IoU 0.514. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 7.36, 17.7, 0.746, 0.776, 0.803, 7.79, 0.701, 6.89, 12.2, 19.6, 0.822, 10.4, 15.3)
    return (k == 0) * first_by_class + 0.775 * decay(q - k, 10.0) + 2.14 * (k == 0 and is_word_start(q))
