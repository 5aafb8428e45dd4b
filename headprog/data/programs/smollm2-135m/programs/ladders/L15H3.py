"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H3
label: explanation ladder
source: ladder of L15H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3652 rung2_heldout_iou=0.5870 rung3_heldout_iou=0.5915 rung5_heldout_iou=0.6008 rung8_heldout_iou=0.6189 full_heldout_iou=0.6264 uniform_heldout_iou=0.3075
"""


@program(normalize="weights", fallback="first", head="L15H3", label="1 term")
def L15H3_1(q, k):
    """Rung 1 of L15H3: first token (sink). Held-out IoU 0.365"""
    return 31.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H3", label="2 terms")
def L15H3_2(q, k):
    """Rung 2 of L15H3: first token (sink) + local window. Held-out IoU 0.587"""
    return 50.4 * (k == 0) + 2.68 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H3", label="3 terms")
def L15H3_3(q, k):
    """Rung 3 of L15H3: first token (sink) + local window + first token (sink). Held-out IoU 0.592. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.26, 0.379, 8.24, 4.17, 15.7, 3.9, 0.511, 0.373, 12.5, 20.1, 14.8, 0.674, 15.9)
    return (k == 0) * first_by_class + 46.6 * (k == 0) + 2.84 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H3", label="5 terms")
def L15H3_5(q, k):
    """Rung 5 of L15H3: first token (sink) + local window + first token (sink) + punctuation + first token (sink). Held-out IoU 0.601. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.21, 0.436, 8.05, 4.08, 15.6, 3.92, 0.484, 0.373, 13.2, 20.5, 15.0, 0.662, 15.9)
    return (k == 0) * first_by_class + 46.0 * (k == 0) + 2.15 * is_sentence_end(k) + 2.86 * decay(q - k, 10.0) + 5.07 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L15H3", label="8 terms")
def L15H3_8(q, k):
    """Rung 8 of L15H3: first token (sink) + local window + first token (sink) + punctuation + first token (sink) + first token (sink) + word-class preference + punctuation. Held-out IoU 0.619. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.131, 0.49, 0.0873, 0.136, 0.0196, 0.147, 0.753, 0.462, 0.31, 0.68, 0.0206, 0.417, 2.31)
    first_by_class = table(word_class(q), 0.997, 0.375, 7.77, 4.14, 14.8, 3.81, 0.394, 0.374, 12.3, 20.6, 14.4, 0.493, 15.9)
    return key_class + (k == 0) * first_by_class + 46.3 * (k == 0) + 0.578 * (k == last(is_punct, q) + 1) + 1.35 * is_sentence_end(k) + 2.68 * decay(q - k, 10.0) + 1.01 * ((k == 0) * decay(q, 32.0)) + 4.47 * (k == 0 and is_word_start(q))
