"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H6
label: explanation ladder
source: ladder of L9H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4430 rung2_heldout_iou=0.5213 rung3_heldout_iou=0.5709 rung5_heldout_iou=0.6315 rung8_heldout_iou=0.6426 full_heldout_iou=0.6448 uniform_heldout_iou=0.1440
"""


@program(normalize="weights", fallback="first", head="L9H6", label="1 term")
def L9H6_1(q, k):
    """Rung 1 of L9H6: token sink ' the'. Held-out IoU 0.443. Token sinks: sink ' the'"""
    return 14.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H6", label="2 terms")
def L9H6_2(q, k):
    """Rung 2 of L9H6: token sink ' the' + first token (sink). Held-out IoU 0.521. Token sinks: sink ' the'"""
    return 14.8 * (k == 0) + 15.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H6", label="3 terms")
def L9H6_3(q, k):
    """Rung 3 of L9H6: token sink ' the' + first token (sink) + previous token. Held-out IoU 0.571. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.534, 0.308, 1.91, 0.526, 101.0, 0.217, 0.318, 0.211, 0.122, 0.128, 9.85, 0.19, 2.86)
    return (k == q - 1) * prev_by_class + 14.3 * (k == 0) + 14.7 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H6", label="5 terms")
def L9H6_5(q, k):
    """Rung 5 of L9H6: token sink ' the' + first token (sink) + previous token + token sink ' ' + current token. Held-out IoU 0.631. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.812, 0.161, 1.79, 0.717, 26.7, 2.32, 1.62, 0.206, 0.687, 3.28, 1.09, 0.168, 0.456)
    prev_by_class = table(word_class(q), 0.531, 0.307, 1.93, 0.527, 122.0, 0.217, 0.318, 0.212, 0.122, 0.0689, 4.58, 0.19, 2.83)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 16.8 * (k == 0) + 18.6 * (token(k) == 260) + 20.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H6", label="8 terms")
def L9H6_8(q, k):
    """Rung 8 of L9H6: token sink ' the' + first token (sink) + previous token + token sink ' ' + current token + local window + first token (sink) + local window. Held-out IoU 0.643. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.736, 0.138, 1.73, 0.632, 22.5, 1.59, 1.53, 0.0962, 0.593, 2.94, 0.879, 0.156, 0.427)
    prev_by_class = table(word_class(q), 0.522, 0.302, 1.87, 0.508, 111.0, 0.179, 0.166, 0.0961, 0.0552, 0.0589, 4.49, 0.0915, 1.64)
    return (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.196 * (k == q - 2) + 16.1 * (k == 0) + 0.14 * decay(q - k, 10.0) + 2.12 * (k == 0 and is_word_start(q)) + 18.9 * (token(k) == 260) + 19.7 * (token(k) == 216 and count(k) == 1)
