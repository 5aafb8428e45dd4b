"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H1
label: explanation ladder
source: ladder of L14H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6482 rung2_heldout_iou=0.7044 rung3_heldout_iou=0.7104 full_heldout_iou=0.7139 uniform_heldout_iou=0.1495
"""


@program(normalize="weights", fallback="first", head="L14H1", label="1 term")
def L14H1_1(q, k):
    """Rung 1 of L14H1: first token (sink). Held-out IoU 0.648"""
    return 126.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H1", label="2 terms")
def L14H1_2(q, k):
    """Rung 2 of L14H1: first token (sink) + word-class preference. Held-out IoU 0.704. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.585, 0.238, 0.254, 0.329, 0.349, 0.752, 0.519, 0.344, 0.543, 2.7, 0.113, 0.255, 1.9)
    return key_class + 164.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H1", label="3 terms")
def L14H1_3(q, k):
    """Rung 3 of L14H1: first token (sink) + word-class preference + current token. Held-out IoU 0.710. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.577, 0.238, 0.253, 0.328, 0.347, 0.746, 0.515, 0.344, 0.542, 2.62, 0.114, 0.254, 1.89)
    return key_class + 1.48 * (k == q) + 167.0 * (k == 0)
