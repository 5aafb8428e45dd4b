"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H2
label: explanation ladder
source: ladder of L3H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4268 rung2_heldout_iou=0.4922 rung3_heldout_iou=0.5847 rung5_heldout_iou=0.6433 full_heldout_iou=0.6453 uniform_heldout_iou=0.1148
"""


@program(normalize="weights", fallback="first", head="L3H2", label="1 term")
def L3H2_1(q, k):
    """Rung 1 of L3H2: token sink ' the'. Held-out IoU 0.427. Token sinks: sink ' the'"""
    return 16.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H2", label="2 terms")
def L3H2_2(q, k):
    """Rung 2 of L3H2: token sink ' the' + first token (sink). Held-out IoU 0.492. Token sinks: sink ' the'"""
    return 13.3 * (k == 0) + 16.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H2", label="3 terms")
def L3H2_3(q, k):
    """Rung 3 of L3H2: token sink ' the' + first token (sink) + previous token. Held-out IoU 0.585. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.694, 479.0, 0.669, 0.471, 1.35, 1.16, 0.542, 3.48, 0.809, 0.135, 61.1, 0.595, 0.657)
    return (k == q - 1) * prev_by_class + 13.0 * (k == 0) + 17.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L3H2", label="5 terms")
def L3H2_5(q, k):
    """Rung 5 of L3H2: token sink ' the' + first token (sink) + previous token + token sink ' ' + current token. Held-out IoU 0.643. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.808, 6.98, 0.349, 0.269, 0.283, 1.26, 0.491, 1.72, 1.05, 1.09, 2.04, 0.536, 0.621)
    prev_by_class = table(word_class(q), 0.403, 492.0, 0.674, 0.472, 1.38, 0.666, 0.369, 2.57, 0.76, 0.13, 66.1, 0.577, 0.618)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 16.7 * (k == 0) + 20.6 * (token(k) == 260) + 24.2 * (token(k) == 216 and count(k) == 1)
