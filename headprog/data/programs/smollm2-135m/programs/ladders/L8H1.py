"""
headprog: 1
features: v1
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H1
label: explanation ladder
source: ladder of L8H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4302 rung2_heldout_iou=0.4982 rung3_heldout_iou=0.5416 rung5_heldout_iou=0.5963 rung8_heldout_iou=0.6050 full_heldout_iou=0.6052 uniform_heldout_iou=0.1457
"""


@program(normalize="weights", fallback="first", head="L8H1", label="1 term")
def L8H1_1(q, k):
    """Rung 1 of L8H1: token sink ' the'. Held-out IoU 0.430. Token sinks: sink ' the'"""
    return 30.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H1", label="2 terms")
def L8H1_2(q, k):
    """Rung 2 of L8H1: token sink ' the' + first token (sink). Held-out IoU 0.498. Token sinks: sink ' the'"""
    return 30.7 * (k == 0) + 40.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H1", label="3 terms")
def L8H1_3(q, k):
    """Rung 3 of L8H1: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.542. Token sinks: first ' '; sink ' the'"""
    return 33.7 * (k == 0) + 43.2 * (token(k) == 260) + 53.5 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H1", label="5 terms")
def L8H1_5(q, k):
    """Rung 5 of L8H1: token sink ' the' + first token (sink) + token sink ' ' + current token + duplicate token. Held-out IoU 0.596. Token sinks: first ' '; sink ' the'"""
    return 4.15 * (k == q) + 34.5 * (k == 0) + 10.1 * (k < q and token(k) == token(q)) + 42.5 * (token(k) == 260) + 48.2 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H1", label="8 terms")
def L8H1_8(q, k):
    """Rung 8 of L8H1: token sink ' the' + first token (sink) + token sink ' ' + current token + duplicate token + local window + duplicate token + first token (sink). Held-out IoU 0.605. Token sinks: first ' '; sink ' the'"""
    return 3.18 * (k == q) + 34.6 * (k == 0) + 9.09 * (k < q and token(k) == token(q)) + 2.44 * (k < q and lower(k) == lower(q)) + 0.294 * decay(q - k, 10.0) + 0.287 * (k == 0 and is_word_start(q)) + 47.1 * (token(k) == 260) + 51.5 * (token(k) == 216 and count(k) == 1)
