"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H8
label: explanation ladder
source: ladder of L15H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5394 rung2_heldout_iou=0.6777 rung3_heldout_iou=0.6853 rung5_heldout_iou=0.6867 rung8_heldout_iou=0.7046 full_heldout_iou=0.7049 uniform_heldout_iou=0.2153
"""


@program(normalize="weights", fallback="first", head="L15H8", label="1 term")
def L15H8_1(q, k):
    """Rung 1 of L15H8: first token (sink). Held-out IoU 0.539"""
    return 166.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H8", label="2 terms")
def L15H8_2(q, k):
    """Rung 2 of L15H8: first token (sink) + local window. Held-out IoU 0.678"""
    return 210.0 * (k == 0) + 5.62 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H8", label="3 terms")
def L15H8_3(q, k):
    """Rung 3 of L15H8: first token (sink) + local window + punctuation. Held-out IoU 0.685"""
    return 215.0 * (k == 0) + 4.2 * is_sentence_end(k) + 5.48 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H8", label="5 terms")
def L15H8_5(q, k):
    """Rung 5 of L15H8: first token (sink) + local window + punctuation + first token (sink) + first token (sink). Held-out IoU 0.687. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 0.932, 13.9, 1.14, 0.457, 5.92, 14.3, 0.384, 7.6, 15.7, 18.0, 17.6, 7.67, 15.7)
    return (k == 0) * first_by_class + 209.0 * (k == 0) + 4.03 * is_sentence_end(k) + 5.6 * decay(q - k, 10.0) + 4.25 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L15H8", label="8 terms")
def L15H8_8(q, k):
    """Rung 8 of L15H8: first token (sink) + local window + punctuation + first token (sink) + first token (sink) + first token (sink) + word-class preference + previous token. Held-out IoU 0.705. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.973, 1.54, 0.0605, 0.658, 0.0826, 0.187, 0.713, 0.695, 0.251, 1.6, 0.0145, 0.624, 3.21)
    first_by_class = table(word_class(q), 0.613, 14.1, 0.877, 0.376, 5.36, 14.5, 0.382, 7.21, 15.6, 18.1, 17.7, 7.24, 15.8)
    return key_class + (k == 0) * first_by_class + 0.0262 * (k == q - 1) + 221.0 * (k == 0) + 3.18 * is_sentence_end(k) + 4.92 * decay(q - k, 10.0) + 3.33 * ((k == 0) * decay(q, 32.0)) + 2.19 * (k == 0 and is_word_start(q))
