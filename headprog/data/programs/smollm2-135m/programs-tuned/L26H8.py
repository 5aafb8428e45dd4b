"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H8
label: first token
source: offline search (seed 0), fitted for L26H8
scores: synthesis_iou=0.6566 heldout_iou=0.6428 heldout_js=0.2614 n_heldout=32 heldout_iou_passage=0.6082 heldout_iou_sentence=0.6774
"""


@program(normalize="weights", fallback="first", head="L26H8", label="first token")
def L26H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.022, 0.0251, 0.0376, 0.0417, 0.0296, 0.0352, 0.0461, 0.173, 0.0238, 0.318, 0.0186, 0.0213, 0.0816)
    first_by_class = table(word_class(q), 0.518, 2.98, 5.06, 1.56, 5.84, 0.57, 0.598, 0.336, 0.267, 0.44, 4.99, 3.38, 0.314)
    self_by_class = table(word_class(q), 62.4, 1.58, 0.296, 2.56, 0.223, 5.11, 5.35, 5.15, 4.39, 607.0, 0.242, 3.78, 5.22)
    prev_by_class = table(word_class(q), 34.2, 0.203, 0.236, 1.07, 0.21, 1.13, 3.07, 5.23, 8.88, 0.538, 0.23, 0.612, 6.17)
    return 8.76 * (k == q) + 0.632 * (k == q - 2) + 173.0 * (k == 0) + 0.126 * (k == last(is_punct, q)) + 0.125 * (k == last(is_punct, q) + 1) + 0.333 * (k >= sentence_start(q)) + 2.01 * decay(q - k, 1.0) + 4.12 * decay(q - k, 3.0) + 2.45 * ((k == 0) * decay(q, 32.0)) + 93.1 * (k == 0 and is_word_start(q)) + 1.4 * (k == q and is_word_start(q)) + 88.0 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
