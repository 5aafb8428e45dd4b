"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H1
label: explanation ladder
source: ladder of L24H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8357 rung2_heldout_iou=0.8552 full_heldout_iou=0.8555 uniform_heldout_iou=0.0890
"""


@program(normalize="weights", fallback="first", head="L24H1", label="1 term")
def L24H1_1(q, k):
    """Rung 1 of L24H1: first token (sink). Held-out IoU 0.836"""
    return 502.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H1", label="2 terms")
def L24H1_2(q, k):
    """Rung 2 of L24H1: first token (sink) + word-class preference. Held-out IoU 0.855. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.465, 0.174, 0.262, 0.586, 0.132, 0.228, 0.397, 0.329, 0.564, 3.05, 0.0994, 0.331, 4.49)
    return key_class + 554.0 * (k == 0)
