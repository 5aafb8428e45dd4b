"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H2
label: explanation ladder
source: ladder of L7H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5643 rung2_heldout_iou=0.6253 rung3_heldout_iou=0.6815 rung5_heldout_iou=0.6960 full_heldout_iou=0.6983 uniform_heldout_iou=0.1042
"""


@program(normalize="weights", fallback="first", head="L7H2", label="1 term")
def L7H2_1(q, k):
    """Rung 1 of L7H2: token sink ' the'. Held-out IoU 0.564. Token sinks: sink ' the'"""
    return 48.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H2", label="2 terms")
def L7H2_2(q, k):
    """Rung 2 of L7H2: token sink ' the' + first token (sink). Held-out IoU 0.625. Token sinks: sink ' the'"""
    return 35.1 * (k == 0) + 62.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H2", label="3 terms")
def L7H2_3(q, k):
    """Rung 3 of L7H2: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.681. Token sinks: first ' '; sink ' the'"""
    return 40.7 * (k == 0) + 67.0 * (token(k) == 260) + 73.6 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H2", label="5 terms")
def L7H2_5(q, k):
    """Rung 5 of L7H2: token sink ' the' + first token (sink) + token sink ' ' + word-class preference + token sink ' the'. Held-out IoU 0.696. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0386, 0.0153, 0.101, 0.06, 0.1, 0.15, 0.52, 0.126, 0.126, 1.09, 0.0256, 0.0216, 1.28)
    return key_class + 54.3 * (k == 0) + 55.0 * (token(k) == 260) + 53.4 * (token(k) == 260 and count(k) == 1) + 102.0 * (token(k) == 216 and count(k) == 1)
