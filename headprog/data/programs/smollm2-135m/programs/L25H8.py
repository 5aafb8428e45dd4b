"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H8
label: first token
source: offline search (seed 0), fitted for L25H8
scores: synthesis_iou=0.6884 heldout_iou=0.7024 heldout_js=0.2263 n_heldout=32 heldout_iou_passage=0.6750 heldout_iou_sentence=0.7297
"""


@program(normalize="weights", fallback="first", head="L25H8", label="first token")
def L25H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0358, 0.0463, 0.0272, 0.0572, 0.0305, 0.0414, 0.0476, 0.18, 0.0358, 0.111, 0.0487, 0.0258, 0.0944)
    first_by_class = table(word_class(q), 1.14, 5.4, 1.36, 0.67, 5.27, 0.67, 2.31, 0.367, 0.617, 5.43, 0.252, 4.61, 0.858)
    self_by_class = table(word_class(q), 9.14, 0.408, 2.53, 4.35, 0.328, 2.25, 0.731, 4.9, 0.547, 0.468, 6.11, 0.406, 1.14)
    prev_by_class = table(word_class(q), 4.63, 0.227, 1.23, 1.92, 0.301, 1.09, 0.523, 4.96, 9.77, 0.244, 8.81, 0.346, 4.48)
    return 2.76 * (k == q) + 10.1 * (k == q - 1) + 3.01 * (k == q - 2) + 306.0 * (k == 0) + 0.112 * (k >= sentence_start(q)) + 29.2 * decay(q - k, 1.0) + 2.32 * decay(q - k, 3.0) + 2.55 * ((k == 0) * decay(q, 32.0)) + 28.7 * (k == 0 and is_word_start(q)) + 4.77 * (k == q and is_word_start(q)) + 0.528 * (k == last(is_function_word, q)) + 5.28 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
