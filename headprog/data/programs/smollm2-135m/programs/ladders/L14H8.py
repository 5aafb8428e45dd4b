"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H8
label: explanation ladder
source: ladder of L14H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3301 rung2_heldout_iou=0.5143 rung3_heldout_iou=0.5190 rung5_heldout_iou=0.5300 full_heldout_iou=0.5306 uniform_heldout_iou=0.2815
"""


@program(normalize="weights", fallback="first", head="L14H8", label="1 term")
def L14H8_1(q, k):
    """Rung 1 of L14H8: first token (sink). Held-out IoU 0.330"""
    return 61.4 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H8", label="2 terms")
def L14H8_2(q, k):
    """Rung 2 of L14H8: first token (sink) + local window. Held-out IoU 0.514"""
    return 61.9 * (k == 0) + 3.92 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H8", label="3 terms")
def L14H8_3(q, k):
    """Rung 3 of L14H8: first token (sink) + local window + word-class preference. Held-out IoU 0.519. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.273, 0.835, 0.0737, 0.294, 0.0357, 0.0349, 0.584, 0.655, 0.114, 2.07, 0.0243, 0.679, 1.14)
    return key_class + 71.3 * (k == 0) + 3.59 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H8", label="5 terms")
def L14H8_5(q, k):
    """Rung 5 of L14H8: first token (sink) + local window + word-class preference + first token (sink) + sentence start. Held-out IoU 0.530. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.276, 0.836, 0.074, 0.295, 0.0359, 0.035, 0.579, 0.647, 0.114, 2.13, 0.0244, 0.681, 1.16)
    first_by_class = table(word_class(q), 2.62, 38.2, 0.338, 0.349, 0.36, 1.41, 0.335, 0.446, 15.0, 8.5, 19.2, 25.9, 15.9)
    return key_class + (k == 0) * first_by_class + 70.2 * (k == 0) + 0.839 * (k >= sentence_start(q)) + 3.12 * decay(q - k, 10.0)
