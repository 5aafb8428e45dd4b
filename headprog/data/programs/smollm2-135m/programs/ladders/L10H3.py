"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H3
label: explanation ladder
source: ladder of L10H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3037 rung2_heldout_iou=0.3533 rung3_heldout_iou=0.4027 rung5_heldout_iou=0.4671 rung8_heldout_iou=0.4714 full_heldout_iou=0.4839 uniform_heldout_iou=0.2205
"""


@program(normalize="weights", fallback="first", head="L10H3", label="1 term")
def L10H3_1(q, k):
    """Rung 1 of L10H3: local window. Held-out IoU 0.304"""
    return 2.33 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H3", label="2 terms")
def L10H3_2(q, k):
    """Rung 2 of L10H3: local window + token sink ' the'. Held-out IoU 0.353. Token sinks: sink ' the'"""
    return 2.94 * decay(q - k, 3.0) + 8.35 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H3", label="3 terms")
def L10H3_3(q, k):
    """Rung 3 of L10H3: local window + token sink ' the' + first token (sink). Held-out IoU 0.403. Token sinks: sink ' the'"""
    return 4.01 * (k == 0) + 3.28 * decay(q - k, 3.0) + 11.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H3", label="5 terms")
def L10H3_5(q, k):
    """Rung 5 of L10H3: local window + token sink ' the' + first token (sink) + current token + token sink ' '. Held-out IoU 0.467. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 14.6, 0.771, 0.26, 4.4, 9.72, 0.191, 0.158, 0.0854, 0.139, 3.67, 0.0864, 9.18, 4.43)
    return (k == q) * self_by_class + 5.4 * (k == 0) + 2.64 * decay(q - k, 3.0) + 13.1 * (token(k) == 260) + 8.7 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L10H3", label="8 terms")
def L10H3_8(q, k):
    """Rung 8 of L10H3: local window + token sink ' the' + first token (sink) + current token + token sink ' ' + token sink ' the' + word-class preference + punctuation. Held-out IoU 0.471. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 23.7, 0.774, 0.26, 4.44, 12.2, 0.191, 0.157, 0.0861, 0.144, 3.7, 0.134, 9.51, 4.43)
    return (k == q) * self_by_class + 7.19 * (k == 0) + 0.65 * (k == last(is_punct, q)) + 3.19 * decay(q - k, 3.0) + 1.47 * (k == last(is_function_word, q)) + 9.52 * (token(k) == 260) + 12.3 * (token(k) == 260 and count(k) == 1) + 12.2 * (token(k) == 216 and count(k) == 1)
