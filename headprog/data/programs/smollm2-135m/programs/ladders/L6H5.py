"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H5
label: explanation ladder
source: ladder of L6H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4190 rung2_heldout_iou=0.5049 rung3_heldout_iou=0.5955 rung5_heldout_iou=0.6332 full_heldout_iou=0.6374 uniform_heldout_iou=0.1939
"""


@program(normalize="weights", fallback="first", head="L6H5", label="1 term")
def L6H5_1(q, k):
    """Rung 1 of L6H5: token sink ' the'. Held-out IoU 0.419. Token sinks: sink ' the'"""
    return 10.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H5", label="2 terms")
def L6H5_2(q, k):
    """Rung 2 of L6H5: token sink ' the' + first token (sink). Held-out IoU 0.505. Token sinks: sink ' the'"""
    return 13.4 * (k == 0) + 13.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H5", label="3 terms")
def L6H5_3(q, k):
    """Rung 3 of L6H5: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.596. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.357, 0.141, 0.283, 0.183, 0.226, 0.209, 0.232, 0.264, 0.231, 0.48, 0.138, 0.204, 0.458)
    return key_class + 14.4 * (k == 0) + 12.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H5", label="5 terms")
def L6H5_5(q, k):
    """Rung 5 of L6H5: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + current token. Held-out IoU 0.633. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.254, 0.176, 0.333, 0.195, 0.247, 0.221, 0.229, 0.274, 0.227, 0.464, 0.112, 0.243, 0.429)
    self_by_class = table(word_class(q), 0.0234, 0.0453, 0.0684, 0.0905, 0.0715, 0.0954, 1.27, 0.0865, 1.86, 4.25, 0.0472, 0.0772, 9.04)
    return key_class + (k == q) * self_by_class + 15.7 * (k == 0) + 15.5 * (token(k) == 260) + 18.9 * (token(k) == 216 and count(k) == 1)
