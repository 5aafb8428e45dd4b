"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H1
label: explanation ladder
source: ladder of L25H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6043 rung2_heldout_iou=0.6115 rung3_heldout_iou=0.6513 full_heldout_iou=0.6564 uniform_heldout_iou=0.1533
"""


@program(normalize="weights", fallback="first", head="L25H1", label="1 term")
def L25H1_1(q, k):
    """Rung 1 of L25H1: first token (sink). Held-out IoU 0.604"""
    return 172.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L25H1", label="2 terms")
def L25H1_2(q, k):
    """Rung 2 of L25H1: first token (sink) + local window. Held-out IoU 0.612"""
    return 88.3 * (k == 0) + 5.75 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L25H1", label="3 terms")
def L25H1_3(q, k):
    """Rung 3 of L25H1: first token (sink) + local window + current token. Held-out IoU 0.651. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.466, 0.524, 13.8, 0.55, 0.686, 6.37, 15.8, 7.25, 9.16, 17.9, 0.273, 0.408, 0.478)
    return (k == q) * self_by_class + 136.0 * (k == 0) + 3.85 * decay(q - k, 3.0)
