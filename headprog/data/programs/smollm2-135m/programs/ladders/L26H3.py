"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H3
label: explanation ladder
source: ladder of L26H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.9080 rung2_heldout_iou=0.9174 rung3_heldout_iou=0.9179 rung5_heldout_iou=0.9180 full_heldout_iou=0.9180 uniform_heldout_iou=0.0788
"""


@program(normalize="weights", fallback="first", head="L26H3", label="1 term")
def L26H3_1(q, k):
    """Rung 1 of L26H3: first token (sink). Held-out IoU 0.908"""
    return 1020.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H3", label="2 terms")
def L26H3_2(q, k):
    """Rung 2 of L26H3: first token (sink) + word-class preference. Held-out IoU 0.917. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.426, 0.227, 0.233, 1.09, 0.398, 0.24, 0.999, 0.887, 0.162, 0.458, 0.0448, 0.0899, 0.311)
    return key_class + 1070.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H3", label="3 terms")
def L26H3_3(q, k):
    """Rung 3 of L26H3: first token (sink) + word-class preference + current token. Held-out IoU 0.918. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.421, 0.223, 0.23, 1.08, 0.39, 0.232, 0.986, 0.869, 0.156, 0.451, 0.0445, 0.0894, 0.308)
    return key_class + 0.76 * (k == q) + 1070.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L26H3", label="5 terms")
def L26H3_5(q, k):
    """Rung 5 of L26H3: first token (sink) + word-class preference + current token + local window + current token. Held-out IoU 0.918. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.414, 0.22, 0.226, 1.07, 0.383, 0.218, 0.976, 0.842, 0.145, 0.439, 0.0442, 0.0888, 0.304)
    return key_class + 0.473 * (k == q) + 1110.0 * (k == 0) + 0.242 * decay(q - k, 3.0) + 0.26 * (k == q and is_word_start(q))
