"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H1
label: first token
source: offline search (seed 0), fitted for L17H1
scores: synthesis_iou=0.7306 heldout_iou=0.6988 heldout_js=0.2068 n_heldout=32 heldout_iou_passage=0.6346 heldout_iou_sentence=0.7630
"""


@program(normalize="weights", fallback="first", head="L17H1", label="first token")
def L17H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.287, 0.234, 0.213, 0.579, 0.113, 0.224, 0.338, 0.288, 0.205, 2.76, 0.0647, 0.183, 1.53)
    first_by_class = table(word_class(q), 0.507, 6.75, 0.304, 1.31, 0.533, 5.07, 0.281, 4.01, 6.6, 0.271, 6.26, 5.81, 0.273)
    self_by_class = table(word_class(q), 0.141, 0.206, 0.213, 0.262, 0.226, 0.292, 1.24, 0.27, 0.236, 5.81, 0.217, 0.249, 5.22)
    prev_by_class = table(word_class(q), 3.05, 0.217, 6.41, 6.18, 0.406, 1.81, 4.35, 3.95, 0.239, 4.91, 0.224, 2.77, 5.3)
    return 0.8 * (k == q - 1) + 3.89 * (k == q - 2) + 147.0 * (k == 0) + 0.159 * (prev_token(k) == token(q)) + 2.09 * (k >= sentence_start(q)) + 0.736 * decay(q - k, 3.0) + 5.84 * decay(q - k, 10.0) + 0.788 * ((k == 0) * decay(q, 32.0)) + 1.13 * (k == 0 and is_word_start(q)) + 0.29 * (k == prev_occurrence(q) + 1) + 0.193 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.552 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
