"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H8
label: mixed
source: offline search (seed 0), fitted for L11H8
scores: synthesis_iou=0.5805 heldout_iou=0.5541 heldout_js=0.3088 n_heldout=32 heldout_iou_passage=0.5003 heldout_iou_sentence=0.6080
"""


@program(normalize="softmax", fallback="first", head="L11H8", label="mixed")
def L11H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.192, -0.295, -0.394, 0.633, -0.4, -0.266, 0.26, -0.426, -0.796, 0.689, -0.224, 0.116, 1.42)
    first_by_class = table(word_class(q), -1.19, -1.69, -1.22, -1.07, -1.17, -0.507, -1.23, -0.268, -0.433, -0.275, -0.139, -0.339, 0.378)
    self_by_class = table(word_class(q), 0.743, 0.867, -0.147, -0.343, 0.363, 0.131, -0.402, -0.0231, 0.00762, -3.27, 0.174, 0.977, -2.12)
    prev_by_class = table(word_class(q), 0.108, 0.678, -0.554, -0.259, -0.159, 0.873, -0.239, -0.0682, 0.762, -0.843, -0.513, 0.226, -1.71)
    return -1.11 * (k == q) + 0.0172 * (k == q - 1) + 1.18 * (k >= sentence_start(q)) + -0.0146 * is_punct(k) + 0.689 * is_sentence_end(k) + -0.184 * is_word_start(k) + 0.558 * decay(q - k, 1.0) + 1.85 * decay(q - k, 3.0) + 1.43 * decay(q - k, 10.0) + 1.35 * decay(q - k, 30.0) + -0.623 * is_function_word(k) + 0.1 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
