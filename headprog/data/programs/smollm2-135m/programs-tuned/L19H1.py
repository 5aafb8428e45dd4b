"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H1
label: first token
source: offline search (seed 0), fitted for L19H1
scores: synthesis_iou=0.6594 heldout_iou=0.6028 heldout_js=0.2709 n_heldout=32 heldout_iou_passage=0.5135 heldout_iou_sentence=0.6920
"""


@program(normalize="weights", fallback="first", head="L19H1", label="first token")
def L19H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.482, 1.43, 0.103, 0.404, 0.0696, 0.0624, 0.442, 0.281, 0.117, 3.39, 0.0809, 0.575, 2.39)
    first_by_class = table(word_class(q), 4.02, 9.99, 0.321, 0.845, 0.269, 0.603, 0.272, 0.586, 0.631, 0.245, 6.79, 7.61, 0.512)
    self_by_class = table(word_class(q), 1.01, 0.223, 0.2, 0.326, 0.226, 0.286, 0.243, 0.287, 0.225, 5.73, 0.232, 0.272, 5.61)
    prev_by_class = table(word_class(q), 0.243, 0.208, 3.04, 0.347, 3.74, 5.3, 5.13, 0.278, 6.07, 2.79, 0.225, 0.266, 0.291)
    return 0.0994 * (k == q) + 0.206 * (k == q - 1) + 1.6 * (k == q - 2) + 112.0 * (k == 0) + 0.268 * (k == last(is_word_start, q)) + 3.79 * (k >= sentence_start(q)) + 0.106 * decay(q - k, 1.0) + 0.331 * decay(q - k, 3.0) + 4.69 * decay(q - k, 10.0) + 2.45 * ((k == 0) * decay(q, 32.0)) + 1.07 * (k == 0 and is_word_start(q)) + 1.42 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
