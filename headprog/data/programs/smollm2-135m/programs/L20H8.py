"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H8
label: first token
source: offline search (seed 0), fitted for L20H8
scores: synthesis_iou=0.8169 heldout_iou=0.7804 heldout_js=0.1944 n_heldout=32 heldout_iou_passage=0.7324 heldout_iou_sentence=0.8285
"""


@program(normalize="weights", fallback="first", head="L20H8", label="first token")
def L20H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0643, 0.208, 0.0283, 0.0607, 0.0335, 0.0731, 0.0414, 0.182, 0.0629, 0.0473, 0.132, 0.138, 0.0925)
    first_by_class = table(word_class(q), 9.57, 4.17, 3.66, 2.43, 3.19, 0.282, 2.27, 0.366, 0.753, 3.41, 3.23, 3.42, 0.782)
    self_by_class = table(word_class(q), 0.225, 0.287, 0.266, 0.352, 0.308, 9.53, 0.472, 5.09, 6.88, 0.299, 0.304, 0.377, 0.475)
    prev_by_class = table(word_class(q), 0.202, 0.227, 0.237, 0.403, 0.301, 1280.0, 0.644, 5.16, 80.5, 0.281, 0.254, 0.276, 0.364)
    return 0.19 * (k == q - 1) + 0.796 * (k == q - 2) + 440.0 * (k == 0) + 0.385 * (k == last(is_word_start, q)) + 1.94 * (prev_token(k) == token(q)) + 0.46 * (k >= sentence_start(q)) + 0.0473 * is_sentence_end(k) + 0.572 * decay(q - k, 3.0) + 0.148 * decay(q - k, 10.0) + 5.97 * ((k == 0) * decay(q, 32.0)) + 278.0 * (k == 0 and is_word_start(q)) + 4.97 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
