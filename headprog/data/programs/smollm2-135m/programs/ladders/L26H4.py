"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H4
label: explanation ladder
source: ladder of L26H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4466 rung3_heldout_iou=0.5845 rung5_heldout_iou=0.5904 full_heldout_iou=0.5995 uniform_heldout_iou=0.1656
"""


@program(normalize="weights", fallback="first", head="L26H4", label="1 term")
def L26H4_1(q, k):
    """Rung 1 of L26H4: first token (sink). Held-out IoU 0.447"""
    return 0.351 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L26H4", label="3 terms")
def L26H4_3(q, k):
    """Rung 3 of L26H4: first token (sink) + first token (sink) + local window. Held-out IoU 0.585"""
    return 106.0 * (k == 0) + 24.0 * decay(q - k, 1.0) + 0.547 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L26H4", label="5 terms")
def L26H4_5(q, k):
    """Rung 5 of L26H4: first token (sink) + first token (sink) + local window + first token (sink) + sentence start. Held-out IoU 0.590. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 3.46, 21.6, 0.409, 0.409, 17.5, 0.457, 2.97, 0.448, 0.434, 0.34, 22.3, 18.7, 0.624)
    return (k == 0) * first_by_class + 107.0 * (k == 0) + 0.297 * (k >= sentence_start(q)) + 21.1 * decay(q - k, 1.0) + 0.507 * (k == 0 and is_function_word(q))
