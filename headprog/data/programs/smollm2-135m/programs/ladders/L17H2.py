"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H2
label: explanation ladder
source: ladder of L17H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5659 rung2_heldout_iou=0.6973 rung3_heldout_iou=0.7023 rung5_heldout_iou=0.7039 full_heldout_iou=0.7139 uniform_heldout_iou=0.2042
"""


@program(normalize="weights", fallback="first", head="L17H2", label="1 term")
def L17H2_1(q, k):
    """Rung 1 of L17H2: first token (sink). Held-out IoU 0.566"""
    return 140.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L17H2", label="2 terms")
def L17H2_2(q, k):
    """Rung 2 of L17H2: first token (sink) + local window. Held-out IoU 0.697"""
    return 170.0 * (k == 0) + 3.78 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L17H2", label="3 terms")
def L17H2_3(q, k):
    """Rung 3 of L17H2: first token (sink) + local window + word-class preference. Held-out IoU 0.702"""
    return 160.0 * (k == 0) + 3.49 * decay(q - k, 10.0) + 0.178 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))


@program(normalize="weights", fallback="first", head="L17H2", label="5 terms")
def L17H2_5(q, k):
    """Rung 5 of L17H2: first token (sink) + local window + word-class preference + first token (sink) + induction. Held-out IoU 0.704. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 4.93, 16.8, 0.477, 0.429, 4.3, 8.98, 0.361, 1.81, 15.7, 2.47, 17.1, 11.7, 1.89)
    return (k == 0) * first_by_class + 158.0 * (k == 0) + 3.77 * decay(q - k, 10.0) + 1.77 * (k == prev_occurrence(q) + 1) + 0.165 * (is_word_start(k) and not is_function_word(k) and not is_punct(k))
