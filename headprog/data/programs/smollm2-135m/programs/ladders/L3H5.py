"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H5
label: explanation ladder
source: ladder of L3H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3353 rung2_heldout_iou=0.5153 rung3_heldout_iou=0.5306 rung8_heldout_iou=0.5670 full_heldout_iou=0.6291 uniform_heldout_iou=0.2874
"""


@program(normalize="weights", fallback="first", head="L3H5", label="1 term")
def L3H5_1(q, k):
    """Rung 1 of L3H5: first token (sink). Held-out IoU 0.335"""
    return 1.07 * (k == 0)


@program(normalize="weights", fallback="first", head="L3H5", label="2 terms")
def L3H5_2(q, k):
    """Rung 2 of L3H5: first token (sink) + local window. Held-out IoU 0.515"""
    return 1.26 * (k == 0) + 0.111 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L3H5", label="3 terms")
def L3H5_3(q, k):
    """Rung 3 of L3H5: first token (sink) + local window + token sink ' '. Held-out IoU 0.531. Token sinks: sink ' '"""
    return 1.41 * (k == 0) + 0.115 * decay(q - k, 10.0) + 0.687 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L3H5", label="8 terms")
def L3H5_8(q, k):
    """Rung 8 of L3H5: first token (sink) + local window + token sink ' ' + local window + first token (sink) + first token (sink) + token sink ' the' + token sink ' '. Held-out IoU 0.567. Token sinks: first ' '; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.84, 12.9, 0.235, 0.668, 3.49, 2.61, 0.349, 0.213, 6.22, 2.98, 2.92, 2.19, 2.7)
    return (k == 0) * first_by_class + 0.0432 * (k == q - 2) + 1.62 * (k == 0) + 0.313 * decay(q - k, 10.0) + 0.0855 * (k == 1) + 1.89 * (token(k) == 260) + 0.36 * (token(k) == 216) + 4.87 * (token(k) == 216 and count(k) == 1)
