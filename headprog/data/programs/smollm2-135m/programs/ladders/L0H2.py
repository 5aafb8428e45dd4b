"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H2
label: explanation ladder
source: ladder of L0H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4966 rung2_heldout_iou=0.5924 rung3_heldout_iou=0.5933 full_heldout_iou=0.5978 uniform_heldout_iou=0.4560
"""


@program(normalize="weights", fallback="first", head="L0H2", label="1 term")
def L0H2_1(q, k):
    """Rung 1 of L0H2: word-class preference. Held-out IoU 0.497. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.432, 0.215, 0.658, 0.51, 1.15, 1.1, 0.337, 0.0979, 0.823, 1.45, 0.226, 0.332, 0.983)
    return key_class


@program(normalize="weights", fallback="first", head="L0H2", label="2 terms")
def L0H2_2(q, k):
    """Rung 2 of L0H2: word-class preference + current token. Held-out IoU 0.592. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.479, 0.249, 0.725, 0.671, 1.2, 1.22, 0.323, 0.097, 0.969, 0.769, 0.288, 0.465, 1.05)
    self_by_class = table(word_class(q), 0.298, 0.478, 1.05, 0.112, 5.44, 3.21, 0.191, 0.0767, 49.7, 239.0, 0.0288, 0.552, 6.87)
    return key_class + (k == q) * self_by_class


@program(normalize="weights", fallback="first", head="L0H2", label="3 terms")
def L0H2_3(q, k):
    """Rung 3 of L0H2: word-class preference + current token + word-class preference. Held-out IoU 0.593. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.49, 0.277, 0.55, 0.409, 1.03, 1.02, 0.183, 0.0432, 1.04, 0.781, 0.333, 0.517, 1.12)
    self_by_class = table(word_class(q), 0.413, 0.481, 1.15, 0.112, 6.42, 3.75, 0.111, 0.0765, 59.5, 244.0, 0.0285, 0.555, 6.88)
    return key_class + (k == q) * self_by_class + 0.263 * is_function_word(k)
