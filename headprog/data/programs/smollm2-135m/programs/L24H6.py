"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H6
label: first token
source: offline search (seed 0), fitted for L24H6
scores: synthesis_iou=0.9151 heldout_iou=0.8718 heldout_js=0.1378 n_heldout=32 heldout_iou_passage=0.8017 heldout_iou_sentence=0.9420
"""


@program(normalize="weights", fallback="first", head="L24H6", label="first token")
def L24H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.958, 0.373, 0.548, 1.8, 0.291, 0.474, 0.24, 0.25, 0.11, 0.885, 0.0891, 0.17, 0.933)
    first_by_class = table(word_class(q), 3.96, 3.32, 2.09, 2.01, 2.37, 2.39, 1.23, 0.445, 2.41, 0.372, 3.53, 3.52, 0.309)
    self_by_class = table(word_class(q), 0.624, 0.408, 0.414, 1.49, 0.43, 0.525, 1.42, 0.443, 0.602, 6.52, 0.325, 0.355, 5.57)
    prev_by_class = table(word_class(q), 0.312, 0.298, 0.35, 0.658, 0.534, 0.622, 1.62, 4.81, 0.523, 5.95, 0.298, 0.317, 4.95)
    return 0.286 * (k == q - 2) + 1370.0 * (k == 0) + 0.373 * (k >= sentence_start(q)) + 0.127 * is_punct(k) + 0.885 * is_sentence_end(k) + 0.221 * decay(q - k, 1.0) + 0.201 * decay(q - k, 3.0) + 4.56 * ((k == 0) * decay(q, 32.0)) + 15.7 * (k == 0 and is_word_start(q)) + 0.355 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.212 * (k == last(is_function_word, q) + 1) + 3.28 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
