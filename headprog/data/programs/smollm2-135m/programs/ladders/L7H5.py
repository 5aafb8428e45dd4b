"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H5
label: explanation ladder
source: ladder of L7H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4286 rung2_heldout_iou=0.5053 rung3_heldout_iou=0.6151 rung5_heldout_iou=0.6465 rung8_heldout_iou=0.6479 full_heldout_iou=0.6556 uniform_heldout_iou=0.2104
"""


@program(normalize="weights", fallback="first", head="L7H5", label="1 term")
def L7H5_1(q, k):
    """Rung 1 of L7H5: token sink ' the'. Held-out IoU 0.429. Token sinks: sink ' the'"""
    return 11.2 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H5", label="2 terms")
def L7H5_2(q, k):
    """Rung 2 of L7H5: token sink ' the' + first token (sink). Held-out IoU 0.505. Token sinks: sink ' the'"""
    return 9.68 * (k == 0) + 10.6 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H5", label="3 terms")
def L7H5_3(q, k):
    """Rung 3 of L7H5: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.615. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.354, 0.125, 0.173, 0.126, 0.132, 0.137, 0.263, 0.291, 0.178, 0.373, 0.301, 0.165, 0.269)
    return key_class + 12.4 * (k == 0) + 12.4 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H5", label="5 terms")
def L7H5_5(q, k):
    """Rung 5 of L7H5: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + first token (sink). Held-out IoU 0.646. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.31, 0.145, 0.184, 0.125, 0.146, 0.133, 0.325, 0.295, 0.175, 0.417, 0.198, 0.173, 0.301)
    return key_class + 10.7 * (k == 0) + 1.48 * (k == 0 and is_word_start(q)) + 13.1 * (token(k) == 260) + 13.9 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H5", label="8 terms")
def L7H5_8(q, k):
    """Rung 8 of L7H5: token sink ' the' + first token (sink) + word-class preference + token sink ' ' + first token (sink) + current token + induction + word-class preference. Held-out IoU 0.648. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.306, 0.135, 0.167, 0.11, 0.132, 0.116, 0.297, 0.292, 0.172, 0.414, 0.192, 0.169, 0.291)
    return key_class + 0.171 * (k == q) + 10.7 * (k == 0) + 1.5 * (k == 0 and is_word_start(q)) + 0.296 * (k == prev_occurrence(q) + 1) + 0.036 * (k == last(is_function_word, q)) + 13.2 * (token(k) == 260) + 14.1 * (token(k) == 216 and count(k) == 1)
