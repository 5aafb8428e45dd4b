"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H5
label: explanation ladder
source: ladder of L24H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7436 rung2_heldout_iou=0.7896 rung3_heldout_iou=0.8039 rung5_heldout_iou=0.8042 full_heldout_iou=0.8087 uniform_heldout_iou=0.1271
"""


@program(normalize="weights", fallback="first", head="L24H5", label="1 term")
def L24H5_1(q, k):
    """Rung 1 of L24H5: first token (sink). Held-out IoU 0.744"""
    return 257.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L24H5", label="2 terms")
def L24H5_2(q, k):
    """Rung 2 of L24H5: first token (sink) + sentence start. Held-out IoU 0.790"""
    return 277.0 * (k == 0) + 1.56 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L24H5", label="3 terms")
def L24H5_3(q, k):
    """Rung 3 of L24H5: first token (sink) + sentence start + word-class preference. Held-out IoU 0.804. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.208, 0.672, 0.159, 0.213, 0.103, 0.0739, 0.0831, 0.0943, 0.0608, 0.266, 0.0579, 0.559, 0.0882)
    return key_class + 238.0 * (k == 0) + 1.24 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L24H5", label="5 terms")
def L24H5_5(q, k):
    """Rung 5 of L24H5: first token (sink) + sentence start + word-class preference + local window + first token (sink). Held-out IoU 0.804. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.205, 0.712, 0.17, 0.227, 0.109, 0.0801, 0.0879, 0.0961, 0.0776, 0.341, 0.0601, 0.611, 0.108)
    return key_class + 290.0 * (k == 0) + 1.2 * (k >= sentence_start(q)) + 0.696 * decay(q - k, 1.0) + 17.4 * (k == 0 and is_word_start(q))
