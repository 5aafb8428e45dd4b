"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H1
label: explanation ladder
source: ladder of L26H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8365 rung2_heldout_iou=0.8535 full_heldout_iou=0.8559 uniform_heldout_iou=0.0953
"""


@program(normalize="weights", fallback="first", head="L26H1", label="1 term")
def L26H1_1(q, k):
    """Rung 1 of L26H1: first token (sink). Held-out IoU 0.837"""
    return 462.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H1", label="2 terms")
def L26H1_2(q, k):
    """Rung 2 of L26H1: first token (sink) + word-class preference. Held-out IoU 0.854. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.425, 0.243, 0.555, 0.911, 0.165, 0.171, 0.17, 0.612, 0.0839, 0.652, 0.324, 0.4, 0.124)
    return key_class + 525.0 * (k == 0)
