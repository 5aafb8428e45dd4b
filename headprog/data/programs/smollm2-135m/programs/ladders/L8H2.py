"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H2
label: explanation ladder
source: ladder of L8H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5233 rung2_heldout_iou=0.5864 rung3_heldout_iou=0.6389 rung5_heldout_iou=0.6649 full_heldout_iou=0.6690 uniform_heldout_iou=0.1322
"""


@program(normalize="weights", fallback="first", head="L8H2", label="1 term")
def L8H2_1(q, k):
    """Rung 1 of L8H2: token sink ' the'. Held-out IoU 0.523. Token sinks: sink ' the'"""
    return 34.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H2", label="2 terms")
def L8H2_2(q, k):
    """Rung 2 of L8H2: token sink ' the' + first token (sink). Held-out IoU 0.586. Token sinks: sink ' the'"""
    return 25.3 * (k == 0) + 38.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H2", label="3 terms")
def L8H2_3(q, k):
    """Rung 3 of L8H2: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.639. Token sinks: first ' '; sink ' the'"""
    return 27.6 * (k == 0) + 41.4 * (token(k) == 260) + 51.3 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H2", label="5 terms")
def L8H2_5(q, k):
    """Rung 5 of L8H2: token sink ' the' + first token (sink) + token sink ' ' + word-class preference + duplicate token. Held-out IoU 0.665. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.101, 0.0723, 0.124, 0.131, 0.0728, 0.103, 0.351, 0.086, 0.181, 0.443, 0.0857, 0.0967, 0.152)
    return key_class + 27.8 * (k == 0) + 1.21 * (k < q and token(k) == token(q)) + 45.3 * (token(k) == 260) + 45.8 * (token(k) == 216 and count(k) == 1)
