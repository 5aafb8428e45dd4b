"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H5
label: first token
source: offline search (seed 0), fitted for L17H5
scores: synthesis_iou=0.7805 heldout_iou=0.7236 heldout_js=0.2391 n_heldout=32 heldout_iou_passage=0.6716 heldout_iou_sentence=0.7755
"""


@program(normalize="weights", fallback="first", head="L17H5", label="first token")
def L17H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.084, 0.0541, 0.0533, 0.115, 0.111, 0.253, 0.0897, 0.291, 0.105, 0.323, 0.0544, 0.104, 0.126)
    first_by_class = table(word_class(q), 2.95, 3.26, 4.62, 3.25, 3.9, 3.84, 3.16, 2.71, 0.712, 2.28, 4.03, 3.83, 0.307)
    self_by_class = table(word_class(q), 0.604, 0.393, 0.376, 0.488, 0.552, 1.56, 0.432, 0.55, 0.549, 0.288, 0.325, 0.306, 0.443)
    prev_by_class = table(word_class(q), 2.23, 0.267, 0.264, 0.345, 0.399, 1.36, 0.445, 0.327, 0.405, 0.274, 0.274, 0.264, 0.363)
    return 0.206 * (k == q - 1) + 0.324 * (k == q - 2) + 649.0 * (k == 0) + 15.0 * (prev_token(k) == token(q)) + 0.634 * (k >= sentence_start(q)) + 0.355 * decay(q - k, 3.0) + 0.359 * decay(q - k, 10.0) + 5.49 * ((k == 0) * decay(q, 32.0)) + 28.6 * (k == 0 and is_word_start(q)) + 104.0 * (k == prev_occurrence(q) + 1) + 0.0486 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 8.23 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
