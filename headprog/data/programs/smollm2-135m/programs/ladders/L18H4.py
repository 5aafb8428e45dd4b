"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H4
label: explanation ladder
source: ladder of L18H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6941 rung2_heldout_iou=0.7246 rung3_heldout_iou=0.7302 rung5_heldout_iou=0.7359 full_heldout_iou=0.7367 uniform_heldout_iou=0.1312
"""


@program(normalize="weights", fallback="first", head="L18H4", label="1 term")
def L18H4_1(q, k):
    """Rung 1 of L18H4: first token (sink). Held-out IoU 0.694"""
    return 203.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L18H4", label="2 terms")
def L18H4_2(q, k):
    """Rung 2 of L18H4: first token (sink) + sentence start. Held-out IoU 0.725"""
    return 208.0 * (k == 0) + 1.14 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L18H4", label="3 terms")
def L18H4_3(q, k):
    """Rung 3 of L18H4: first token (sink) + sentence start + word-class preference. Held-out IoU 0.730. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.121, 0.362, 0.0911, 0.0736, 0.0439, 0.0554, 0.216, 0.0983, 0.109, 1.38, 0.033, 0.149, 0.823)
    return key_class + 147.0 * (k == 0) + 1.01 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L18H4", label="5 terms")
def L18H4_5(q, k):
    """Rung 5 of L18H4: first token (sink) + sentence start + word-class preference + current token + induction. Held-out IoU 0.736. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.118, 0.363, 0.0915, 0.0756, 0.0446, 0.0568, 0.22, 0.101, 0.11, 1.38, 0.0334, 0.153, 0.855)
    self_by_class = table(word_class(q), 0.409, 0.399, 0.508, 2.99, 0.603, 3.03, 1.12, 0.505, 0.664, 18.4, 3.24, 0.6, 13.1)
    return key_class + (k == q) * self_by_class + 195.0 * (k == 0) + 0.94 * (k >= sentence_start(q)) + 2.36 * (k == prev_occurrence(q) + 1)
