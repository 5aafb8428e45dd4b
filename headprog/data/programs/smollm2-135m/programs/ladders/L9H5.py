"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H5
label: explanation ladder
source: ladder of L9H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3223 rung2_heldout_iou=0.4955 rung3_heldout_iou=0.5241 rung5_heldout_iou=0.5580 rung8_heldout_iou=0.5826 full_heldout_iou=0.5852 uniform_heldout_iou=0.2429
"""


@program(normalize="weights", fallback="first", head="L9H5", label="1 term")
def L9H5_1(q, k):
    """Rung 1 of L9H5: local window. Held-out IoU 0.322"""
    return 6.42 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L9H5", label="2 terms")
def L9H5_2(q, k):
    """Rung 2 of L9H5: local window + first token (sink). Held-out IoU 0.495"""
    return 6.3 * decay(q - k, 3.0) + 28.6 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L9H5", label="3 terms")
def L9H5_3(q, k):
    """Rung 3 of L9H5: local window + first token (sink) + token sink ' the'. Held-out IoU 0.524. Token sinks: sink ' the'"""
    return 6.72 * decay(q - k, 3.0) + 27.8 * ((k == 0) * decay(q, 32.0)) + 10.0 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L9H5", label="5 terms")
def L9H5_5(q, k):
    """Rung 5 of L9H5: local window + first token (sink) + token sink ' the' + previous token + token sink ' '. Held-out IoU 0.558. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 9.42, 0.288, 6.34, 4.39, 2.93, 0.244, 0.372, 3.82, 0.148, 0.0721, 5.75, 0.184, 0.197)
    return (k == q - 1) * prev_by_class + 5.6 * decay(q - k, 3.0) + 28.7 * ((k == 0) * decay(q, 32.0)) + 10.7 * (token(k) == 260) + 13.0 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L9H5", label="8 terms")
def L9H5_8(q, k):
    """Rung 8 of L9H5: local window + first token (sink) + token sink ' the' + previous token + token sink ' ' + first token (sink) + local window + token sink ' the'. Held-out IoU 0.583. Token sinks: first ' '; first ' the'; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 5.64, 11.9, 0.401, 0.438, 0.488, 0.422, 0.388, 5.75, 4.08, 5.71, 0.163, 12.6, 7.63)
    prev_by_class = table(word_class(q), 14.6, 0.289, 6.37, 4.39, 2.94, 0.243, 0.372, 3.85, 0.171, 0.0722, 5.77, 0.184, 0.197)
    return (k == 0) * first_by_class + (k == q - 1) * prev_by_class + 4.27 * (k == q - 2) + 6.4 * decay(q - k, 3.0) + 31.3 * ((k == 0) * decay(q, 32.0)) + 6.22 * (token(k) == 260) + 9.54 * (token(k) == 260 and count(k) == 1) + 15.0 * (token(k) == 216 and count(k) == 1)
