"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H1
label: explanation ladder
source: ladder of L23H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6671 rung2_heldout_iou=0.6974 full_heldout_iou=0.6987 uniform_heldout_iou=0.1245
"""


@program(normalize="weights", fallback="first", head="L23H1", label="1 term")
def L23H1_1(q, k):
    """Rung 1 of L23H1: first token (sink). Held-out IoU 0.667"""
    return 520.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H1", label="2 terms")
def L23H1_2(q, k):
    """Rung 2 of L23H1: first token (sink) + word-class preference. Held-out IoU 0.697. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.698, 3.47, 0.0549, 0.0892, 0.0498, 0.0825, 0.0559, 0.157, 0.0652, 0.267, 0.0412, 2.04, 0.167)
    return key_class + 412.0 * (k == 0)
