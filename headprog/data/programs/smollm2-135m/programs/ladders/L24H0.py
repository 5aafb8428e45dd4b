"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H0
label: explanation ladder
source: ladder of L24H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.9026 rung2_heldout_iou=0.9146 full_heldout_iou=0.9149 uniform_heldout_iou=0.0794
"""


@program(normalize="weights", fallback="first", head="L24H0", label="1 term")
def L24H0_1(q, k):
    """Rung 1 of L24H0: first token (sink). Held-out IoU 0.903"""
    return 1050.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H0", label="2 terms")
def L24H0_2(q, k):
    """Rung 2 of L24H0: first token (sink) + word-class preference. Held-out IoU 0.915. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.422, 0.216, 0.423, 0.549, 1.69, 0.899, 0.383, 1.69, 0.124, 0.42, 0.0739, 0.105, 0.166)
    return key_class + 1290.0 * (k == 0)
