"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H4
label: explanation ladder
source: ladder of L0H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5716 rung2_heldout_iou=0.6227 rung3_heldout_iou=0.6288 rung5_heldout_iou=0.6353 full_heldout_iou=0.6525 uniform_heldout_iou=0.5186
"""


@program(normalize="softmax", fallback="first", head="L0H4", label="1 term")
def L0H4_1(q, k):
    """Rung 1 of L0H4: local window. Held-out IoU 0.572"""
    return 1.71 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L0H4", label="2 terms")
def L0H4_2(q, k):
    """Rung 2 of L0H4: local window + word-class preference. Held-out IoU 0.623. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.4, 1.14, 0.918, 1.03, 1.85, 1.12, 2.39, 1.89, 0.596, 0.459, 0.872, 1.22, 0.337)
    return key_class + 1.72 * decay(q - k, 3.0)


@program(normalize="softmax", fallback="first", head="L0H4", label="3 terms")
def L0H4_3(q, k):
    """Rung 3 of L0H4: local window + word-class preference + broad (near uniform). Held-out IoU 0.629. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.969, 0.747, 0.507, 0.665, 1.44, 0.687, 1.94, 1.43, 0.205, 0.084, 0.496, 0.777, -0.0052)
    return key_class + 1.49 * decay(q - k, 3.0) + 1.54 * decay(q - k, 100.0)


@program(normalize="softmax", fallback="first", head="L0H4", label="5 terms")
def L0H4_5(q, k):
    """Rung 5 of L0H4: local window + word-class preference + broad (near uniform) + rare or new tokens + token sink ' '. Held-out IoU 0.635. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.936, 0.598, 0.124, 0.393, 1.08, 0.363, 1.61, 1.25, -0.391, -0.538, -0.0633, 0.696, -0.289)
    return key_class + 1.47 * decay(q - k, 3.0) + 1.5 * decay(q - k, 100.0) + -1.13 * (rarity(k) / 16.0) + -0.966 * (token(k) == 216)
