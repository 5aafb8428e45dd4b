"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H5
label: explanation ladder
source: ladder of L4H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5634 rung2_heldout_iou=0.6172 rung3_heldout_iou=0.6743 rung5_heldout_iou=0.6820 rung8_heldout_iou=0.6842 full_heldout_iou=0.6870 uniform_heldout_iou=0.0999
"""


@program(normalize="weights", fallback="first", head="L4H5", label="1 term")
def L4H5_1(q, k):
    """Rung 1 of L4H5: token sink ' the'. Held-out IoU 0.563. Token sinks: sink ' the'"""
    return 62.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H5", label="2 terms")
def L4H5_2(q, k):
    """Rung 2 of L4H5: token sink ' the' + first token (sink). Held-out IoU 0.617. Token sinks: sink ' the'"""
    return 35.4 * (k == 0) + 72.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L4H5", label="3 terms")
def L4H5_3(q, k):
    """Rung 3 of L4H5: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.674. Token sinks: first ' '; sink ' the'"""
    return 39.5 * (k == 0) + 75.4 * (token(k) == 260) + 73.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H5", label="5 terms")
def L4H5_5(q, k):
    """Rung 5 of L4H5: token sink ' the' + first token (sink) + token sink ' ' + token sink ' the' + word-class preference. Held-out IoU 0.682. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0257, 0.0303, 0.0551, 0.085, 0.0592, 0.0991, 0.729, 0.92, 0.174, 0.749, 0.0522, 0.0883, 0.629)
    return key_class + 58.5 * (k == 0) + 64.0 * (token(k) == 260) + 70.1 * (token(k) == 260 and count(k) == 1) + 111.0 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L4H5", label="8 terms")
def L4H5_8(q, k):
    """Rung 8 of L4H5: token sink ' the' + first token (sink) + token sink ' ' + token sink ' the' + word-class preference + first token (sink) + current token + current token. Held-out IoU 0.684. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0255, 0.0302, 0.0547, 0.0847, 0.0589, 0.0988, 0.73, 0.92, 0.172, 0.744, 0.0521, 0.088, 0.627)
    self_by_class = table(word_class(q), 0.0501, 0.0593, 0.956, 0.34, 0.0855, 0.117, 0.786, 0.152, 0.545, 4.98, 0.36, 0.24, 5.32)
    return key_class + (k == q) * self_by_class + 0.163 * (k == q) + 53.3 * (k == 0) + 16.4 * ((k == 0) * decay(q, 32.0)) + 64.9 * (token(k) == 260) + 73.8 * (token(k) == 260 and count(k) == 1) + 113.0 * (token(k) == 216 and count(k) == 1)
