"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H3
label: explanation ladder
source: ladder of L8H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5046 rung2_heldout_iou=0.5739 rung3_heldout_iou=0.6197 rung5_heldout_iou=0.6340 full_heldout_iou=0.6380 uniform_heldout_iou=0.1114
"""


@program(normalize="weights", fallback="first", head="L8H3", label="1 term")
def L8H3_1(q, k):
    """Rung 1 of L8H3: token sink ' the'. Held-out IoU 0.505. Token sinks: sink ' the'"""
    return 39.3 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H3", label="2 terms")
def L8H3_2(q, k):
    """Rung 2 of L8H3: token sink ' the' + first token (sink). Held-out IoU 0.574. Token sinks: sink ' the'"""
    return 32.6 * (k == 0) + 46.1 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L8H3", label="3 terms")
def L8H3_3(q, k):
    """Rung 3 of L8H3: token sink ' the' + first token (sink) + token sink ' '. Held-out IoU 0.620. Token sinks: first ' '; sink ' the'"""
    return 36.3 * (k == 0) + 51.1 * (token(k) == 260) + 62.1 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L8H3", label="5 terms")
def L8H3_5(q, k):
    """Rung 5 of L8H3: token sink ' the' + first token (sink) + token sink ' ' + previous token + local window. Held-out IoU 0.634. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.388, 0.0452, 3.11, 6.72, 5.33, 3.04, 1.44, 7.27, 0.101, 0.061, 0.0817, 0.0734, 0.633)
    return (k == q - 1) * prev_by_class + 35.2 * (k == 0) + 0.139 * decay(q - k, 10.0) + 54.0 * (token(k) == 260) + 52.5 * (token(k) == 216 and count(k) == 1)
