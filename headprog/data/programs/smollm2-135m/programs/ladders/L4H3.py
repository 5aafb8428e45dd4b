"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H3
label: explanation ladder
source: ladder of L4H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5568 rung2_heldout_iou=0.6075 rung3_heldout_iou=0.6260 full_heldout_iou=0.6750 uniform_heldout_iou=0.0966
"""


@program(normalize="weights", fallback="first", head="L4H3", label="1 term")
def L4H3_1(q, k):
    """Rung 1 of L4H3: token sink ' the'. Held-out IoU 0.557. Token sinks: sink ' the'"""
    return 28.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H3", label="2 terms")
def L4H3_2(q, k):
    """Rung 2 of L4H3: token sink ' the' + first token (sink). Held-out IoU 0.608. Token sinks: sink ' the'"""
    return 17.4 * (k == 0) + 37.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H3", label="3 terms")
def L4H3_3(q, k):
    """Rung 3 of L4H3: token sink ' the' + first token (sink) + previous token. Held-out IoU 0.626. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.201, 0.534, 1.69, 2.1, 0.678, 0.389, 0.371, 0.729, 0.473, 0.461, 335.0, 0.347, 1.56)
    return (k == q - 1) * prev_by_class + 16.9 * (k == 0) + 37.1 * (token(k) == 260)
