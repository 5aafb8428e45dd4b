"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H7
label: mixed
source: offline search (seed 0), fitted for L17H7
scores: synthesis_iou=0.6707 heldout_iou=0.6414 heldout_js=0.2718 n_heldout=32 heldout_iou_passage=0.5713 heldout_iou_sentence=0.7116
"""


@program(normalize="softmax", fallback="first", head="L17H7", label="mixed")
def L17H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.216, 0.356, -0.206, -0.108, -0.0249, -0.0992, -0.0584, -0.0558, -0.0457, 0.596, -0.795, -0.136, 0.758)
    first_by_class = table(word_class(q), 1.05, 2.6, -0.354, -0.297, 0.559, 0.112, -0.73, -0.936, 1.26, -0.259, 2.53, 1.67, -0.208)
    self_by_class = table(word_class(q), 0.417, -0.0692, -0.253, -0.393, 0.0315, 0.584, 0.0949, -0.175, 0.1, -0.0555, 0.16, 0.272, 0.577)
    prev_by_class = table(word_class(q), 0.108, -0.25, 0.317, 0.137, 0.281, 1.6, 0.324, 0.392, 1.86, -0.513, 0.0291, 0.0575, -0.16)
    return 5.19 * (k == 0) + -0.361 * (k == sentence_start(q)) + -0.604 * (prev_token(k) == token(q)) + 0.769 * (k >= sentence_start(q)) + -0.0617 * is_word_start(k) + -0.795 * is_digit(k) + 0.366 * (count(k) == 1) + 0.835 * decay(q - k, 3.0) + 1.16 * decay(q - k, 10.0) + -1.91 * ((k == 0) * decay(q, 32.0)) + 0.791 * (k == 0 and is_word_start(q)) + -0.0884 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
