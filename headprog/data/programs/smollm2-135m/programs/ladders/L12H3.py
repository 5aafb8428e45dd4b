"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H3
label: explanation ladder
source: ladder of L12H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3308 rung2_heldout_iou=0.4748 rung3_heldout_iou=0.4982 rung5_heldout_iou=0.5046 full_heldout_iou=0.5149 uniform_heldout_iou=0.2574
"""


@program(normalize="weights", fallback="first", head="L12H3", label="1 term")
def L12H3_1(q, k):
    """Rung 1 of L12H3: local window. Held-out IoU 0.331"""
    return 6.76 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L12H3", label="2 terms")
def L12H3_2(q, k):
    """Rung 2 of L12H3: local window + first token (sink). Held-out IoU 0.475"""
    return 24.4 * (k == 0) + 7.27 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L12H3", label="3 terms")
def L12H3_3(q, k):
    """Rung 3 of L12H3: local window + first token (sink) + previous token. Held-out IoU 0.498. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.991, 24.2, 15.0, 0.805, 19.4, 10.6, 10.8, 13.3, 0.747, 0.322, 0.727, 0.423, 0.369)
    return (k == q - 1) * prev_by_class + 27.6 * (k == 0) + 6.66 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L12H3", label="5 terms")
def L12H3_5(q, k):
    """Rung 5 of L12H3: local window + first token (sink) + previous token + word start + sentence start. Held-out IoU 0.505. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.958, 24.9, 13.9, 0.506, 18.6, 7.32, 9.27, 13.5, 0.745, 0.321, 0.728, 0.339, 0.371)
    return (k == q - 1) * prev_by_class + 33.8 * (k == 0) + 5.94 * (k == last(is_word_start, q)) + 0.464 * (k >= sentence_start(q)) + 6.57 * decay(q - k, 3.0)
