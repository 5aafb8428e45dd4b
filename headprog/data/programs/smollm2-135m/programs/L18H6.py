"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H6
label: first token
source: offline search (seed 0), fitted for L18H6
scores: synthesis_iou=0.9466 heldout_iou=0.9184 heldout_js=0.0983 n_heldout=32 heldout_iou_passage=0.8860 heldout_iou_sentence=0.9509
"""


@program(normalize="weights", fallback="first", head="L18H6", label="first token")
def L18H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.264, 0.411, 0.081, 0.108, 0.0667, 0.166, 0.125, 0.273, 0.128, 0.099, 0.0944, 0.148, 0.225)
    first_by_class = table(word_class(q), 19.2, 5.29, 5.14, 3.26, 5.83, 3.67, 3.24, 2.34, 4.69, 4.26, 4.58, 4.5, 0.562)
    self_by_class = table(word_class(q), 0.318, 0.359, 1.08, 0.483, 0.506, 2.59, 1.05, 0.447, 3.39, 0.352, 0.346, 0.318, 0.36)
    prev_by_class = table(word_class(q), 0.213, 0.283, 0.301, 0.348, 0.303, 0.382, 0.406, 0.382, 0.31, 0.309, 0.297, 0.294, 0.321)
    return 0.118 * (k == q - 1) + 0.136 * (k == q - 2) + 0.17 * (k == q - 3) + 2230.0 * (k == 0) + 0.126 * (k == last(is_word_start, q)) + 0.00934 * (k >= sentence_start(q)) + 0.123 * decay(q - k, 1.0) + 0.0562 * decay(q - k, 3.0) + 35.8 * ((k == 0) * decay(q, 32.0)) + 135.0 * (k == 0 and is_word_start(q)) + 20.8 * (k == prev_occurrence(q) + 1) + 0.12 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
