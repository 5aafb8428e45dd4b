"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H4
label: explanation ladder
source: ladder of L21H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4364 rung2_heldout_iou=0.5642 rung3_heldout_iou=0.5737 rung5_heldout_iou=0.5835 full_heldout_iou=0.5856 uniform_heldout_iou=0.2163
"""


@program(normalize="weights", fallback="first", head="L21H4", label="1 term")
def L21H4_1(q, k):
    """Rung 1 of L21H4: first token (sink). Held-out IoU 0.436"""
    return 79.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H4", label="2 terms")
def L21H4_2(q, k):
    """Rung 2 of L21H4: first token (sink) + local window. Held-out IoU 0.564"""
    return 69.4 * (k == 0) + 2.98 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H4", label="3 terms")
def L21H4_3(q, k):
    """Rung 3 of L21H4: first token (sink) + local window + previous token. Held-out IoU 0.574. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.207, 0.165, 0.964, 3.37, 0.964, 4.91, 20.9, 7.75, 11.5, 8.72, 0.137, 0.191, 3.71)
    return (k == q - 1) * prev_by_class + 73.0 * (k == 0) + 2.93 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L21H4", label="5 terms")
def L21H4_5(q, k):
    """Rung 5 of L21H4: first token (sink) + local window + previous token + current token + word-class preference. Held-out IoU 0.584. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.266, 1.0, 0.0119, 0.0478, 0.0133, 0.0276, 0.0152, 0.0544, 0.0241, 0.162, 0.0132, 0.556, 0.04)
    self_by_class = table(word_class(q), 3.58, 1.4, 0.0936, 3.76, 0.0903, 0.103, 4.21, 2.87, 0.535, 5.75, 0.0717, 0.298, 5.27)
    prev_by_class = table(word_class(q), 0.213, 0.165, 1.03, 3.54, 1.02, 5.15, 27.8, 7.76, 12.5, 9.35, 0.137, 0.192, 4.41)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 82.6 * (k == 0) + 2.05 * decay(q - k, 10.0)
