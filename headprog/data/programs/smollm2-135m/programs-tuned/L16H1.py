"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H1
label: first token
source: offline search (seed 0), fitted for L16H1
scores: synthesis_iou=0.6738 heldout_iou=0.6367 heldout_js=0.2563 n_heldout=32 heldout_iou_passage=0.5837 heldout_iou_sentence=0.6898
"""


@program(normalize="weights", fallback="first", head="L16H1", label="first token")
def L16H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0925, 0.117, 0.0339, 0.0829, 0.0401, 0.0861, 0.0693, 0.122, 0.083, 0.237, 0.0294, 0.139, 0.18)
    first_by_class = table(word_class(q), 27.2, 68.1, 0.406, 0.295, 0.633, 0.281, 0.319, 0.265, 0.525, 0.518, 9.77, 11.5, 5.11)
    self_by_class = table(word_class(q), 0.193, 0.18, 3.67, 5.51, 6.05, 11.3, 5.73, 5.35, 11.0, 5.99, 0.301, 0.219, 3.92)
    prev_by_class = table(word_class(q), 0.377, 2.92, 5.68, 4.27, 1.82, 4.64, 4.76, 2.87, 0.219, 0.19, 0.292, 0.206, 0.275)
    return 6.32 * (k == q) + 0.516 * (k == q - 1) + 1.37 * (k == q - 2) + 37.8 * (k == 0) + 0.427 * (k == last(is_word_start, q)) + 0.789 * (k >= sentence_start(q)) + 7.43 * decay(q - k, 1.0) + 2.32 * decay(q - k, 3.0) + 0.52 * decay(q - k, 10.0) + 12.8 * ((k == 0) * decay(q, 32.0)) + 12.1 * (k == 0 and is_word_start(q)) + 0.0816 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
