"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H5
label: explanation ladder
source: ladder of L14H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6627 rung2_heldout_iou=0.7328 rung3_heldout_iou=0.7526 rung5_heldout_iou=0.7660 full_heldout_iou=0.7671 uniform_heldout_iou=0.1501
"""


@program(normalize="weights", fallback="first", head="L14H5", label="1 term")
def L14H5_1(q, k):
    """Rung 1 of L14H5: first token (sink). Held-out IoU 0.663"""
    return 74.9 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H5", label="2 terms")
def L14H5_2(q, k):
    """Rung 2 of L14H5: first token (sink) + local window. Held-out IoU 0.733"""
    return 60.7 * (k == 0) + 0.842 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H5", label="3 terms")
def L14H5_3(q, k):
    """Rung 3 of L14H5: first token (sink) + local window + current token. Held-out IoU 0.753. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.537, 0.126, 1.48, 1.32, 3.05, 5.66, 2.81, 0.525, 4.49, 12.1, 0.638, 0.201, 10.3)
    return (k == q) * self_by_class + 62.7 * (k == 0) + 0.797 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H5", label="5 terms")
def L14H5_5(q, k):
    """Rung 5 of L14H5: first token (sink) + local window + current token + duplicate token + word-class preference. Held-out IoU 0.766. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0649, 0.0493, 0.0611, 0.0539, 0.0673, 0.168, 0.0748, 0.0577, 0.0999, 0.598, 0.0367, 0.0546, 0.22)
    self_by_class = table(word_class(q), 0.944, 0.133, 2.84, 2.41, 3.42, 6.96, 3.68, 0.722, 5.46, 21.2, 0.766, 0.343, 10.3)
    return key_class + (k == q) * self_by_class + 83.2 * (k == 0) + 3.15 * (k < q and token(k) == token(q)) + 0.563 * decay(q - k, 10.0)
