"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H2
label: explanation ladder
source: ladder of L9H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3154 rung2_heldout_iou=0.4657 rung3_heldout_iou=0.4982 rung5_heldout_iou=0.5163 full_heldout_iou=0.5225 uniform_heldout_iou=0.2301
"""


@program(normalize="weights", fallback="first", head="L9H2", label="1 term")
def L9H2_1(q, k):
    """Rung 1 of L9H2: first token (sink). Held-out IoU 0.315"""
    return 15.1 * (k == 0)


@program(normalize="weights", fallback="first", head="L9H2", label="2 terms")
def L9H2_2(q, k):
    """Rung 2 of L9H2: first token (sink) + word-class preference. Held-out IoU 0.466. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.504, 0.376, 2.31, 0.249, 0.352, 0.409, 0.478, 0.132, 0.552, 1.19, 0.281, 0.285, 1.21)
    return key_class + 12.3 * (k == 0)


@program(normalize="weights", fallback="first", head="L9H2", label="3 terms")
def L9H2_3(q, k):
    """Rung 3 of L9H2: first token (sink) + word-class preference + token sink ' the'. Held-out IoU 0.498. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.498, 0.433, 0.645, 0.283, 0.411, 0.454, 0.54, 0.157, 0.653, 1.42, 0.452, 0.361, 1.29)
    return key_class + 17.3 * (k == 0) + 11.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H2", label="5 terms")
def L9H2_5(q, k):
    """Rung 5 of L9H2: first token (sink) + word-class preference + token sink ' the' + token sink ' ' + first token (sink). Held-out IoU 0.516. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.456, 0.504, 0.662, 0.278, 0.419, 0.474, 0.594, 0.17, 0.679, 1.46, 0.27, 0.341, 1.3)
    first_by_class = table(word_class(q), 0.145, 3.15, 2.21, 0.23, 5.51, 9.54, 6.5, 7.88, 9.58, 8.3, 0.215, 0.646, 8.0)
    return key_class + (k == 0) * first_by_class + 13.4 * (k == 0) + 12.5 * (token(k) == 260) + 13.7 * (token(k) == 216)
