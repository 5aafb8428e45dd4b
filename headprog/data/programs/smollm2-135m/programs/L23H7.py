"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H7
label: first token
source: offline search (seed 0), fitted for L23H7
scores: synthesis_iou=0.8618 heldout_iou=0.7939 heldout_js=0.1919 n_heldout=32 heldout_iou_passage=0.7461 heldout_iou_sentence=0.8417
"""


@program(normalize="weights", fallback="first", head="L23H7", label="first token")
def L23H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.893, 2.29, 0.071, 0.143, 0.0752, 0.156, 0.0898, 0.264, 0.111, 0.466, 0.0822, 2.19, 0.199)
    first_by_class = table(word_class(q), 5.61, 3.05, 1.81, 3.37, 1.8, 1.56, 2.24, 1.27, 2.23, 0.369, 3.19, 3.21, 1.31)
    self_by_class = table(word_class(q), 2.71, 2.17, 0.345, 0.319, 0.391, 1.01, 0.551, 0.449, 0.566, 5.21, 0.409, 1.63, 2.91)
    prev_by_class = table(word_class(q), 0.302, 0.457, 0.39, 0.334, 1.26, 6.3, 1.25, 0.577, 3.34, 5.18, 0.347, 0.353, 1.46)
    return 0.362 * (k == q - 2) + 1280.0 * (k == 0) + 0.197 * (k == last(is_punct, q) + 1) + 0.395 * (k == last(is_capitalized, q)) + 0.394 * (k >= sentence_start(q)) + 0.325 * decay(q - k, 3.0) + 1.34 * (k == 1) + 3.91 * ((k == 0) * decay(q, 32.0)) + 31.1 * (k == 0 and is_word_start(q)) + 0.311 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.154 * (k == last(is_function_word, q)) + 0.554 * (k == last(is_function_word, q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
