"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H2
label: explanation ladder
source: ladder of L16H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3123 rung2_heldout_iou=0.4467 rung3_heldout_iou=0.4781 rung5_heldout_iou=0.5070 full_heldout_iou=0.5639 uniform_heldout_iou=0.2617
"""


@program(normalize="weights", fallback="first", head="L16H2", label="1 term")
def L16H2_1(q, k):
    """Rung 1 of L16H2: local window. Held-out IoU 0.312"""
    return 0.156 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L16H2", label="2 terms")
def L16H2_2(q, k):
    """Rung 2 of L16H2: local window + first token (sink). Held-out IoU 0.447"""
    return 0.0943 * decay(q - k, 10.0) + 1.5 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L16H2", label="3 terms")
def L16H2_3(q, k):
    """Rung 3 of L16H2: local window + first token (sink) + local window. Held-out IoU 0.478"""
    return 0.223 * decay(q - k, 1.0) + 0.0433 * decay(q - k, 10.0) + 1.61 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L16H2", label="5 terms")
def L16H2_5(q, k):
    """Rung 5 of L16H2: local window + first token (sink) + local window + first token (sink) + word-class preference. Held-out IoU 0.507. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.53, 4.34, 3.04, 1.27, 0.321, 0.178, 0.562, 2.64, 0.189, 0.198, 0.864, 4.37, 4.14)
    return (k == 0) * first_by_class + 0.321 * decay(q - k, 1.0) + 0.168 * decay(q - k, 10.0) + 1.12 * ((k == 0) * decay(q, 32.0)) + 0.065 * (k == last(is_function_word, q))
