"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H6
label: explanation ladder
source: ladder of L0H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6218 rung5_heldout_iou=0.6375 rung8_heldout_iou=0.6451 full_heldout_iou=0.6473 uniform_heldout_iou=0.4691
"""


@program(normalize="weights", fallback="first", head="L0H6", label="1 term")
def L0H6_1(q, k):
    """Rung 1 of L0H6: word-class preference. Held-out IoU 0.622. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.459, 0.3, 1.12, 0.711, 1.84, 1.51, 1.72, 0.679, 1.96, 2.5, 0.425, 0.314, 2.64)
    return key_class


@program(normalize="weights", fallback="first", head="L0H6", label="5 terms")
def L0H6_5(q, k):
    """Rung 5 of L0H6: word-class preference + word-class preference + punctuation + token sink ' of' + token sink ' '. Held-out IoU 0.637. Token sinks: sink ' '; sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.96, 0.613, 0.396, 0.23, 1.03, 1.45, 1.76, 0.298, 0.693, 1.97, 1.08, 0.76, 6.23)
    return key_class + 3.73 * is_punct(k) + 2.38 * is_function_word(k) + 3.65 * (token(k) == 282) + 2.54 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L0H6", label="8 terms")
def L0H6_8(q, k):
    """Rung 8 of L0H6: word-class preference + word-class preference + punctuation + token sink ' of' + token sink ' ' + current token + token sink ' the' + first token (sink). Held-out IoU 0.645. Token sinks: sink ' '; sink ' of'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.991, 0.814, 0.269, 0.384, 1.22, 1.65, 1.88, 0.315, 0.732, 1.7, 1.17, 0.68, 6.47)
    first_by_class = table(word_class(q), 0.0343, 0.95, 0.364, 0.0982, 0.0874, 0.772, 0.067, 0.0861, 0.312, 0.224, 0.358, 0.288, 0.0845)
    self_by_class = table(word_class(q), 0.0317, 0.073, 2.3, 0.382, 0.0946, 0.0843, 2.17, 0.557, 1.6, 9.32, 0.351, 0.0376, 5.02)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 3.76 * is_punct(k) + 2.33 * is_function_word(k) + 0.572 * (token(k) == 260) + 3.63 * (token(k) == 282) + 2.77 * (token(k) == 216)
