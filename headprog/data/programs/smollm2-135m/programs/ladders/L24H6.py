"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H6
label: explanation ladder
source: ladder of L24H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8508 rung3_heldout_iou=0.8715 full_heldout_iou=0.8718 uniform_heldout_iou=0.0923
"""


@program(normalize="weights", fallback="first", head="L24H6", label="1 term")
def L24H6_1(q, k):
    """Rung 1 of L24H6: first token (sink). Held-out IoU 0.851"""
    return 1.62 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L24H6", label="3 terms")
def L24H6_3(q, k):
    """Rung 3 of L24H6: first token (sink) + first token (sink) + word-class preference. Held-out IoU 0.872. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.952, 0.269, 0.396, 1.28, 0.21, 0.337, 0.175, 0.172, 0.0814, 0.669, 0.0634, 0.129, 0.674)
    return key_class + 544.0 * (k == 0) + 2.34 * (k == 0 and is_function_word(q))
