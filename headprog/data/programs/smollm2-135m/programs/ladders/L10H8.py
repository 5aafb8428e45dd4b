"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H8
label: explanation ladder
source: ladder of L10H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3492 rung2_heldout_iou=0.4546 rung3_heldout_iou=0.4891 rung5_heldout_iou=0.5305 full_heldout_iou=0.5401 uniform_heldout_iou=0.3028
"""


@program(normalize="weights", fallback="first", head="L10H8", label="1 term")
def L10H8_1(q, k):
    """Rung 1 of L10H8: local window. Held-out IoU 0.349"""
    return 1.18 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H8", label="2 terms")
def L10H8_2(q, k):
    """Rung 2 of L10H8: local window + current token. Held-out IoU 0.455. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0345, 0.103, 9.77, 5.53, 8.21, 20.9, 11.2, 0.23, 21.6, 21.5, 3.53, 0.13, 5.31)
    return (k == q) * self_by_class + 1.99 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L10H8", label="3 terms")
def L10H8_3(q, k):
    """Rung 3 of L10H8: local window + current token + token sink ' the'. Held-out IoU 0.489. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.0346, 0.104, 9.56, 5.53, 7.06, 20.8, 11.3, 0.23, 21.9, 21.4, 3.29, 0.13, 5.32)
    return (k == q) * self_by_class + 1.64 * decay(q - k, 3.0) + 1.61 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L10H8", label="5 terms")
def L10H8_5(q, k):
    """Rung 5 of L10H8: local window + current token + token sink ' the' + word-class preference + token sink ' '. Held-out IoU 0.530. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0399, 0.0216, 0.157, 0.0637, 0.033, 0.0429, 0.132, 0.0222, 0.0897, 0.307, 0.0119, 0.0637, 0.244)
    self_by_class = table(word_class(q), 0.0346, 0.103, 11.6, 5.56, 9.34, 25.2, 12.0, 0.231, 30.0, 22.1, 3.59, 0.13, 5.35)
    return key_class + (k == q) * self_by_class + 1.26 * decay(q - k, 3.0) + 1.63 * (token(k) == 260) + 2.14 * (token(k) == 216 and count(k) == 1)
