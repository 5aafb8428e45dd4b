"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H4
label: explanation ladder
source: ladder of L6H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3044 rung2_heldout_iou=0.4580 rung3_heldout_iou=0.4875 rung5_heldout_iou=0.5252 full_heldout_iou=0.5424 uniform_heldout_iou=0.2484
"""


@program(normalize="weights", fallback="first", head="L6H4", label="1 term")
def L6H4_1(q, k):
    """Rung 1 of L6H4: local window. Held-out IoU 0.304"""
    return 4.85 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L6H4", label="2 terms")
def L6H4_2(q, k):
    """Rung 2 of L6H4: local window + first token (sink). Held-out IoU 0.458"""
    return 4.32 * decay(q - k, 3.0) + 19.6 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L6H4", label="3 terms")
def L6H4_3(q, k):
    """Rung 3 of L6H4: local window + first token (sink) + token sink ' the'. Held-out IoU 0.487. Token sinks: sink ' the'"""
    return 4.41 * decay(q - k, 3.0) + 20.4 * ((k == 0) * decay(q, 32.0)) + 6.92 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L6H4", label="5 terms")
def L6H4_5(q, k):
    """Rung 5 of L6H4: local window + first token (sink) + token sink ' the' + previous token + token sink ' '. Held-out IoU 0.525. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 8.49, 1.13, 5.04, 7.9, 0.0772, 0.642, 0.113, 4.1, 0.058, 0.057, 0.759, 11.9, 0.0889)
    return (k == q - 1) * prev_by_class + 4.02 * decay(q - k, 3.0) + 23.6 * ((k == 0) * decay(q, 32.0)) + 8.04 * (token(k) == 260) + 9.72 * (token(k) == 216 and count(k) == 1)
