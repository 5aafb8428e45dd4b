"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H5
label: first token
source: offline search (seed 0), fitted for L13H5
scores: synthesis_iou=0.6699 heldout_iou=0.6711 heldout_js=0.2648 n_heldout=32 heldout_iou_passage=0.6488 heldout_iou_sentence=0.6934
"""


@program(normalize="weights", fallback="first", head="L13H5", label="first token")
def L13H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0123, 0.0362, 0.0729, 0.0988, 0.0337, 0.0622, 0.232, 0.296, 0.0671, 0.834, 0.0294, 0.0354, 1.19)
    first_by_class = table(word_class(q), 1.06, 8.57, 0.565, 0.288, 0.595, 1.18, 0.456, 0.33, 5.82, 5.82, 6.83, 6.46, 4.97)
    self_by_class = table(word_class(q), 0.633, 0.211, 1.51, 5.8, 0.339, 0.315, 1.42, 4.25, 0.274, 0.291, 0.237, 0.245, 0.271)
    prev_by_class = table(word_class(q), 13.1, 0.224, 8.86, 8.08, 5.05, 0.385, 2.4, 5.26, 0.269, 0.254, 0.244, 0.37, 0.27)
    return 0.115 * (k == q) + 2.2 * (k == q - 1) + 10.9 * (k == q - 2) + 9.15 * (k == q - 3) + 373.0 * (k == 0) + 0.996 * (k == last(is_word_start, q)) + 2.1 * (k >= sentence_start(q)) + 5.85 * decay(q - k, 3.0) + 0.139 * decay(q - k, 10.0) + 1.51 * (k == 0 and is_word_start(q)) + 0.262 * (k == prev_occurrence(q) + 1) + 11.9 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
