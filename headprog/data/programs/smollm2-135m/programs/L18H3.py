"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H3
label: first token
source: offline search (seed 0), fitted for L18H3
scores: synthesis_iou=0.7192 heldout_iou=0.6932 heldout_js=0.2421 n_heldout=32 heldout_iou_passage=0.6320 heldout_iou_sentence=0.7544
"""


@program(normalize="weights", fallback="first", head="L18H3", label="first token")
def L18H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.164, 0.309, 0.086, 0.136, 0.0719, 0.0864, 0.213, 0.215, 0.115, 0.656, 0.0494, 0.139, 0.213)
    first_by_class = table(word_class(q), 17.0, 12.2, 0.385, 0.279, 0.728, 0.287, 0.305, 0.29, 0.73, 0.314, 5.78, 7.96, 1.56)
    self_by_class = table(word_class(q), 0.869, 0.225, 1.74, 5.48, 0.893, 6.94, 5.77, 4.3, 5.13, 11.1, 0.268, 0.208, 5.51)
    prev_by_class = table(word_class(q), 0.227, 0.188, 5.88, 5.94, 2.46, 139.0, 8.37, 5.17, 9.55, 3.17, 0.237, 0.207, 1.49)
    return 0.427 * (k == q - 1) + 0.662 * (k == q - 2) + 0.431 * (k == q - 3) + 185.0 * (k == 0) + 0.321 * (k == last(is_word_start, q)) + 0.606 * (k >= sentence_start(q)) + 0.35 * decay(q - k, 1.0) + 3.65 * decay(q - k, 3.0) + 4.85 * ((k == 0) * decay(q, 32.0)) + 3.2 * (k == 0 and is_word_start(q)) + 2.19 * (k == prev_occurrence(q) + 1) + 0.115 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
