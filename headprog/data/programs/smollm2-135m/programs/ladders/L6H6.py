"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H6
label: explanation ladder
source: ladder of L6H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3541 rung2_heldout_iou=0.4143 rung3_heldout_iou=0.5158 rung5_heldout_iou=0.5492 full_heldout_iou=0.5627 uniform_heldout_iou=0.2303
"""


@program(normalize="weights", fallback="first", head="L6H6", label="1 term")
def L6H6_1(q, k):
    """Rung 1 of L6H6: token sink ' the'. Held-out IoU 0.354. Token sinks: sink ' the'"""
    return 5.5 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H6", label="2 terms")
def L6H6_2(q, k):
    """Rung 2 of L6H6: token sink ' the' + first token (sink). Held-out IoU 0.414. Token sinks: sink ' the'"""
    return 4.97 * (k == 0) + 5.53 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H6", label="3 terms")
def L6H6_3(q, k):
    """Rung 3 of L6H6: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.516. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.195, 0.0677, 0.182, 0.105, 0.118, 0.139, 0.256, 0.136, 0.214, 0.773, 0.163, 0.102, 0.429)
    return key_class + 5.82 * (k == 0) + 5.36 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H6", label="5 terms")
def L6H6_5(q, k):
    """Rung 5 of L6H6: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + current token. Held-out IoU 0.549. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.141, 0.0662, 0.184, 0.0799, 0.119, 0.132, 0.249, 0.139, 0.187, 0.586, 0.0857, 0.114, 0.43)
    self_by_class = table(word_class(q), 0.224, 0.0363, 0.865, 1.35, 0.143, 1.22, 0.761, 0.774, 1.65, 7.38, 0.743, 0.209, 7.47)
    return key_class + (k == q) * self_by_class + 7.17 * (k == 0) + 6.86 * (token(k) == 260) + 6.85 * (token(k) == 216)
