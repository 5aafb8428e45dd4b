"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H8
label: explanation ladder
source: ladder of L0H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5902 rung2_heldout_iou=0.6277 rung3_heldout_iou=0.6385 rung5_heldout_iou=0.6406 full_heldout_iou=0.6469 uniform_heldout_iou=0.3739
"""


@program(normalize="softmax", fallback="first", head="L0H8", label="1 term")
def L0H8_1(q, k):
    """Rung 1 of L0H8: word-class preference. Held-out IoU 0.590. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.654, -0.379, 1.16, 0.479, 1.11, 0.558, 2.07, 1.46, 1.97, 2.46, 0.0455, -0.446, 1.5)
    return key_class


@program(normalize="softmax", fallback="first", head="L0H8", label="2 terms")
def L0H8_2(q, k):
    """Rung 2 of L0H8: word-class preference + rare or new tokens. Held-out IoU 0.628. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.123, 0.0819, 0.798, 0.628, 0.921, 0.402, 1.84, 1.47, 0.868, 1.29, -0.813, 0.0348, 1.72)
    return key_class + -3.57 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L0H8", label="3 terms")
def L0H8_3(q, k):
    """Rung 3 of L0H8: word-class preference + rare or new tokens + broad (near uniform). Held-out IoU 0.638. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.119, -0.246, 0.522, 0.365, 0.652, 0.0609, 1.59, 1.28, 0.459, 0.932, -1.21, -0.307, 1.51)
    return key_class + 1.76 * decay(q - k, 100.0) + -3.85 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L0H8", label="5 terms")
def L0H8_5(q, k):
    """Rung 5 of L0H8: word-class preference + rare or new tokens + broad (near uniform) + token sink ' ' + word-class preference. Held-out IoU 0.641. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.447, -0.324, 0.42, 0.177, 0.517, -0.0804, 1.46, 1.14, 0.451, 0.907, -1.25, -0.778, 1.44)
    return key_class + 0.499 * is_capitalized(k) + 1.66 * decay(q - k, 100.0) + -3.62 * (rarity(k) / 16.0) + 1.13 * (token(k) == 216)
