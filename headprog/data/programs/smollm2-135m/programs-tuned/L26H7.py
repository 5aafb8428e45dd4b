"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H7
label: first token
source: offline search (seed 0), fitted for L26H7
scores: synthesis_iou=0.6626 heldout_iou=0.6596 heldout_js=0.2582 n_heldout=32 heldout_iou_passage=0.6249 heldout_iou_sentence=0.6942
"""


@program(normalize="weights", fallback="first", head="L26H7", label="first token")
def L26H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0522, 0.0379, 0.048, 0.0763, 0.0602, 0.064, 0.115, 0.335, 0.0481, 0.52, 0.034, 0.0302, 0.139)
    first_by_class = table(word_class(q), 0.581, 5.39, 1.55, 1.43, 0.265, 4.76, 1.42, 4.48, 0.985, 2.75, 4.67, 5.41, 0.752)
    self_by_class = table(word_class(q), 5.24, 0.29, 3.17, 2.18, 6.65, 0.327, 0.871, 0.282, 0.497, 5.94, 0.305, 0.266, 2.08)
    prev_by_class = table(word_class(q), 7.93, 0.225, 3.27, 5.41, 23.4, 0.294, 2.03, 0.303, 5.08, 0.306, 0.339, 0.285, 5.41)
    return 2.37 * (k == q) + 0.724 * (k == q - 2) + 503.0 * (k == 0) + 0.385 * (k == last(is_punct, q)) + 0.272 * (k == last(is_punct, q) + 1) + 1.11 * (k >= sentence_start(q)) + 28.6 * decay(q - k, 1.0) + 12.1 * decay(q - k, 3.0) + 2.13 * ((k == 0) * decay(q, 32.0)) + 2.4 * (k == 0 and is_word_start(q)) + 4.48 * (k == q and is_word_start(q)) + 1.86 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
