"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H4
label: explanation ladder
source: ladder of L7H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3600 rung2_heldout_iou=0.4220 rung3_heldout_iou=0.5118 rung5_heldout_iou=0.5990 rung8_heldout_iou=0.6013 full_heldout_iou=0.6042 uniform_heldout_iou=0.2057
"""


@program(normalize="weights", fallback="first", head="L7H4", label="1 term")
def L7H4_1(q, k):
    """Rung 1 of L7H4: token sink ' the'. Held-out IoU 0.360. Token sinks: sink ' the'"""
    return 5.11 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H4", label="2 terms")
def L7H4_2(q, k):
    """Rung 2 of L7H4: token sink ' the' + first token (sink). Held-out IoU 0.422. Token sinks: sink ' the'"""
    return 5.15 * (k == 0) + 5.93 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H4", label="3 terms")
def L7H4_3(q, k):
    """Rung 3 of L7H4: token sink ' the' + first token (sink) + word-class preference. Held-out IoU 0.512. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.101, 0.0374, 0.189, 0.103, 0.217, 0.125, 0.16, 0.0486, 0.13, 0.178, 0.134, 0.0762, 0.071)
    return key_class + 4.96 * (k == 0) + 5.65 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L7H4", label="5 terms")
def L7H4_5(q, k):
    """Rung 5 of L7H4: token sink ' the' + first token (sink) + word-class preference + current token + token sink ' '. Held-out IoU 0.599. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.084, 0.0393, 0.207, 0.106, 0.194, 0.122, 0.207, 0.0677, 0.107, 0.14, 0.0783, 0.0942, 0.0715)
    self_by_class = table(word_class(q), 0.362, 0.108, 3.88, 0.814, 17.4, 6.16, 0.289, 0.165, 3.39, 5.7, 1.26, 0.17, 3.73)
    return key_class + (k == q) * self_by_class + 6.5 * (k == 0) + 7.2 * (token(k) == 260) + 8.41 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L7H4", label="8 terms")
def L7H4_8(q, k):
    """Rung 8 of L7H4: token sink ' the' + first token (sink) + word-class preference + current token + token sink ' ' + first token (sink) + induction + local window. Held-out IoU 0.601. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0752, 0.0245, 0.195, 0.0972, 0.187, 0.118, 0.16, 0.0507, 0.094, 0.14, 0.0733, 0.0785, 0.0694)
    first_by_class = table(word_class(q), 0.459, 3.76, 1.21, 2.33, 2.5, 2.13, 1.88, 3.48, 1.81, 0.171, 0.0993, 0.758, 0.201)
    self_by_class = table(word_class(q), 0.353, 0.108, 3.92, 0.918, 18.7, 6.5, 0.288, 0.0935, 3.86, 5.65, 1.04, 0.169, 3.66)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 5.9 * (k == 0) + 0.153 * decay(q - k, 3.0) + 0.213 * (k == prev_occurrence(q) + 1) + 7.7 * (token(k) == 260) + 9.23 * (token(k) == 216 and count(k) == 1)
