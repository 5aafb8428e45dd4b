"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H2
label: first token
source: offline search (seed 0), fitted for L24H2
scores: synthesis_iou=0.9334 heldout_iou=0.8838 heldout_js=0.1278 n_heldout=32 heldout_iou_passage=0.8335 heldout_iou_sentence=0.9341
"""


@program(normalize="weights", fallback="first", head="L24H2", label="first token")
def L24H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.775, 1.67, 0.14, 0.202, 0.515, 0.301, 0.168, 0.323, 0.151, 0.218, 0.09, 0.987, 0.229)
    first_by_class = table(word_class(q), 5.11, 3.17, 2.0, 2.67, 2.45, 2.16, 1.75, 0.438, 2.31, 0.394, 3.61, 3.37, 0.483)
    self_by_class = table(word_class(q), 0.453, 0.566, 0.401, 0.373, 0.519, 0.55, 1.44, 3.41, 1.04, 5.0, 0.331, 0.398, 3.17)
    prev_by_class = table(word_class(q), 0.301, 0.408, 0.42, 0.371, 0.489, 0.664, 1.04, 4.85, 0.571, 5.24, 0.312, 0.328, 3.11)
    return 0.284 * (k == q - 2) + 2660.0 * (k == 0) + 0.396 * (k >= sentence_start(q)) + 0.111 * is_punct(k) + 0.218 * is_sentence_end(k) + 0.213 * decay(q - k, 1.0) + 0.212 * decay(q - k, 3.0) + 5.61 * ((k == 0) * decay(q, 32.0)) + 19.3 * (k == 0 and is_word_start(q)) + 0.489 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.315 * (k == last(is_function_word, q) + 1) + 3.48 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
