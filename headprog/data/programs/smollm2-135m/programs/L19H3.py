"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H3
label: mixed
source: offline search (seed 0), fitted for L19H3
scores: synthesis_iou=0.7016 heldout_iou=0.6831 heldout_js=0.2081 n_heldout=32 heldout_iou_passage=0.6665 heldout_iou_sentence=0.6998
"""


@program(normalize="weights", fallback="first", head="L19H3", label="mixed")
def L19H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0209, 0.0457, 0.0368, 0.0669, 0.039, 0.0587, 0.0544, 0.178, 0.0436, 0.0634, 0.0412, 0.0497, 0.0935)
    first_by_class = table(word_class(q), 2.88, 5.72, 0.593, 0.295, 3.25, 0.291, 0.28, 0.284, 0.283, 5.81, 0.295, 7.13, 0.495)
    self_by_class = table(word_class(q), 2.96, 3.23, 0.251, 0.819, 0.47, 4.31, 5.04, 0.311, 0.276, 5.51, 0.265, 0.327, 1.29)
    prev_by_class = table(word_class(q), 1.09, 0.273, 6.16, 5.36, 0.53, 5.71, 5.7, 5.02, 6.49, 0.283, 0.305, 0.291, 5.31)
    return 0.541 * (k == q) + 159.0 * (k == q - 1) + 49.7 * (k == q - 2) + 84.6 * (k == 0) + 4.96 * (k == last(is_word_start, q)) + 0.0329 * (k >= sentence_start(q)) + 44.5 * decay(q - k, 1.0) + 2.52 * decay(q - k, 3.0) + 0.0456 * decay(q - k, 10.0) + 6.91 * ((k == 0) * decay(q, 32.0)) + 30.4 * (k == 0 and is_word_start(q)) + 0.37 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
