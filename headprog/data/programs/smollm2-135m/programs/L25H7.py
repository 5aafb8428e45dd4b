"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H7
label: first token
source: offline search (seed 0), fitted for L25H7
scores: synthesis_iou=0.7976 heldout_iou=0.7623 heldout_js=0.2032 n_heldout=32 heldout_iou_passage=0.7279 heldout_iou_sentence=0.7968
"""


@program(normalize="weights", fallback="first", head="L25H7", label="first token")
def L25H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.317, 0.175, 0.114, 0.179, 0.101, 0.0873, 0.226, 0.718, 0.0952, 1.0, 0.0453, 0.105, 0.162)
    first_by_class = table(word_class(q), 3.37, 5.14, 0.881, 0.471, 0.631, 0.257, 0.283, 0.451, 0.686, 1.01, 4.02, 5.12, 4.6)
    self_by_class = table(word_class(q), 5.57, 0.368, 1.33, 1.79, 1.44, 2.54, 5.38, 2.56, 2.43, 4.38, 0.689, 0.308, 0.274)
    prev_by_class = table(word_class(q), 0.405, 0.235, 1.37, 2.34, 5.17, 23.9, 5.2, 1.78, 10.5, 0.715, 0.324, 0.261, 0.275)
    return 2.15 * (k == q) + 1.01 * (k == q - 1) + 0.589 * (k == q - 2) + 461.0 * (k == 0) + 0.473 * (k >= sentence_start(q)) + 1.76 * decay(q - k, 1.0) + 6.09 * decay(q - k, 3.0) + 2.49 * ((k == 0) * decay(q, 32.0)) + 5.23 * (k == 0 and is_word_start(q)) + 2.72 * (k == q and is_word_start(q)) + 0.16 * (k == last(is_function_word, q)) + 0.635 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
