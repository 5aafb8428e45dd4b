"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H2
label: explanation ladder
source: ladder of L15H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3249 rung2_heldout_iou=0.4549 rung3_heldout_iou=0.4771 rung5_heldout_iou=0.4894 full_heldout_iou=0.5064 uniform_heldout_iou=0.2609
"""


@program(normalize="weights", fallback="first", head="L15H2", label="1 term")
def L15H2_1(q, k):
    """Rung 1 of L15H2: local window. Held-out IoU 0.325"""
    return 6.97 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L15H2", label="2 terms")
def L15H2_2(q, k):
    """Rung 2 of L15H2: local window + first token (sink). Held-out IoU 0.455"""
    return 23.0 * (k == 0) + 10.3 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L15H2", label="3 terms")
def L15H2_3(q, k):
    """Rung 3 of L15H2: local window + first token (sink) + word-class preference. Held-out IoU 0.477"""
    return 30.8 * (k == 0) + 9.97 * decay(q - k, 3.0) + 11.3 * (k == last(is_function_word, q))


@program(normalize="weights", fallback="first", head="L15H2", label="5 terms")
def L15H2_5(q, k):
    """Rung 5 of L15H2: local window + first token (sink) + word-class preference + sentence start + previous token. Held-out IoU 0.489. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 12.5, 2.98, 17.4, 8.97, 0.73, 0.363, 0.177, 7.72, 0.153, 0.143, 0.346, 10.2, 0.174)
    return (k == q - 1) * prev_by_class + 36.1 * (k == 0) + 1.33 * (k >= sentence_start(q)) + 8.82 * decay(q - k, 3.0) + 11.3 * (k == last(is_function_word, q))
