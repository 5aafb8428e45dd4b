"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H4
label: first token
source: offline search (seed 0), fitted for L15H4
scores: synthesis_iou=0.6926 heldout_iou=0.6853 heldout_js=0.2449 n_heldout=32 heldout_iou_passage=0.6279 heldout_iou_sentence=0.7428
"""


@program(normalize="weights", fallback="first", head="L15H4", label="first token")
def L15H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.222, 0.159, 0.0708, 0.0869, 0.0725, 0.0717, 0.314, 0.611, 0.153, 1.45, 0.0512, 0.0776, 1.48)
    first_by_class = table(word_class(q), 0.762, 4.84, 1.79, 0.369, 0.813, 4.36, 0.843, 0.272, 2.63, 5.6, 1.04, 2.81, 3.92)
    self_by_class = table(word_class(q), 2.46, 0.275, 1.08, 3.43, 2.02, 0.463, 4.72, 5.1, 0.77, 4.29, 0.582, 0.328, 5.43)
    prev_by_class = table(word_class(q), 5.98, 0.223, 6.02, 6.49, 4.99, 0.292, 2.16, 4.5, 0.261, 0.234, 0.419, 5.84, 0.291)
    return 1.45 * (k == q - 1) + 2.81 * (k == q - 2) + 1.91 * (k == q - 3) + 215.0 * (k == 0) + 0.408 * (k == last(is_punct, q) + 1) + 0.8 * (k >= sentence_start(q)) + 1.45 * is_sentence_end(k) + 3.58 * decay(q - k, 3.0) + 1.77 * decay(q - k, 10.0) + 0.96 * ((k == 0) * decay(q, 32.0)) + 2.08 * (k == 0 and is_word_start(q)) + 1.82 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
