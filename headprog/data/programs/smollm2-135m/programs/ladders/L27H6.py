"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H6
label: explanation ladder
source: ladder of L27H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4407 rung3_heldout_iou=0.5619 rung5_heldout_iou=0.5774 full_heldout_iou=0.5922 uniform_heldout_iou=0.1387
"""


@program(normalize="weights", fallback="first", head="L27H6", label="1 term")
def L27H6_1(q, k):
    """Rung 1 of L27H6: first token (sink). Held-out IoU 0.441"""
    return 7.57 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L27H6", label="3 terms")
def L27H6_3(q, k):
    """Rung 3 of L27H6: first token (sink) + first token (sink) + local window. Held-out IoU 0.562"""
    return 102.0 * (k == 0) + 22.2 * decay(q - k, 1.0) + 12.3 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L27H6", label="5 terms")
def L27H6_5(q, k):
    """Rung 5 of L27H6: first token (sink) + first token (sink) + local window + current token + first token (sink). Held-out IoU 0.577. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 6.82, 0.423, 0.517, 0.372, 52.4, 1.17, 0.579, 0.603, 4.3, 30.6, 0.362, 0.361, 14.9)
    return (k == q) * self_by_class + 93.4 * (k == 0) + 26.1 * decay(q - k, 1.0) + 35.2 * (k == 0 and is_word_start(q)) + 12.2 * (k == 0 and is_function_word(q))
