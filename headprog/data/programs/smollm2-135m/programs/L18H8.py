"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H8
label: first token
source: offline search (seed 0), fitted for L18H8
scores: synthesis_iou=0.9995 heldout_iou=0.9993 heldout_js=0.0121 n_heldout=32 heldout_iou_passage=0.9989 heldout_iou_sentence=0.9997
"""


@program(normalize="weights", fallback="first", head="L18H8", label="first token")
def L18H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00176, 0.0812, 0.208, 0.235, 0.122, 0.296, 0.245, 0.296, 0.116, 0.305, 0.107, 0.375, 0.253)
    first_by_class = table(word_class(q), 23.2, 4.61, 5.05, 1.96, 5.38, 2.88, 2.78, 1.17, 4.24, 3.28, 3.45, 3.73, 1.46)
    self_by_class = table(word_class(q), 0.251, 0.301, 0.3, 0.318, 0.298, 0.314, 0.31, 0.327, 0.31, 0.316, 0.31, 0.307, 0.323)
    prev_by_class = table(word_class(q), 0.259, 0.308, 0.3, 0.318, 0.299, 0.314, 0.311, 0.327, 0.31, 0.315, 0.31, 0.31, 0.324)
    return 0.175 * (k == q - 1) + 0.189 * (k == q - 2) + 0.199 * (k == q - 3) + 19900.0 * (k == 0) + 0.183 * (k == last(is_word_start, q)) + 0.00249 * (k >= sentence_start(q)) + 0.0942 * decay(q - k, 1.0) + 0.0282 * decay(q - k, 3.0) + 42.3 * ((k == 0) * decay(q, 32.0)) + 139.0 * (k == 0 and is_word_start(q)) + 1.89 * (k == prev_occurrence(q) + 1) + 0.2 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
