"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H8
label: explanation ladder
source: ladder of L24H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8150 rung2_heldout_iou=0.8485 rung3_heldout_iou=0.8520 full_heldout_iou=0.8530 uniform_heldout_iou=0.0967
"""


@program(normalize="weights", fallback="first", head="L24H8", label="1 term")
def L24H8_1(q, k):
    """Rung 1 of L24H8: first token (sink). Held-out IoU 0.815"""
    return 274.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H8", label="2 terms")
def L24H8_2(q, k):
    """Rung 2 of L24H8: first token (sink) + word-class preference. Held-out IoU 0.849. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0514, 0.0534, 0.457, 0.368, 0.143, 1.83, 0.556, 0.668, 0.583, 2.95, 0.0659, 0.0445, 1.26)
    return key_class + 298.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H8", label="3 terms")
def L24H8_3(q, k):
    """Rung 3 of L24H8: first token (sink) + word-class preference + punctuation. Held-out IoU 0.852. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0522, 0.0532, 0.457, 0.366, 0.143, 1.83, 0.555, 0.668, 0.393, 2.53, 0.0651, 0.0445, 1.26)
    return key_class + 337.0 * (k == 0) + 1.4 * is_punct(k)
