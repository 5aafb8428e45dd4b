"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H2
label: first token
source: offline search (seed 0), fitted for L17H2
scores: synthesis_iou=0.7717 heldout_iou=0.7139 heldout_js=0.2246 n_heldout=32 heldout_iou_passage=0.6294 heldout_iou_sentence=0.7984
"""


@program(normalize="weights", fallback="first", head="L17H2", label="first token")
def L17H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.33, 1.51, 0.155, 0.292, 0.157, 0.269, 0.221, 0.219, 0.199, 2.18, 0.0703, 0.587, 1.72)
    first_by_class = table(word_class(q), 1.76, 5.82, 0.282, 0.271, 1.51, 3.15, 0.268, 0.642, 5.4, 0.875, 5.85, 4.07, 0.676)
    self_by_class = table(word_class(q), 6.45, 0.413, 0.813, 3.3, 0.246, 1.2, 4.68, 0.691, 0.275, 5.71, 1.1, 5.47, 5.38)
    prev_by_class = table(word_class(q), 0.181, 0.248, 5.01, 4.83, 1.58, 4.0, 5.73, 3.51, 0.38, 0.309, 0.284, 0.625, 0.762)
    return 0.258 * (k == q - 1) + 0.42 * (k == q - 2) + 291.0 * (k == 0) + 0.629 * (prev_token(k) == token(q)) + 0.322 * (k >= sentence_start(q)) + 0.529 * decay(q - k, 3.0) + 4.45 * decay(q - k, 10.0) + 1.06 * ((k == 0) * decay(q, 32.0)) + 1.35 * (k == 0 and is_word_start(q)) + 2.55 * (k == prev_occurrence(q) + 1) + 0.394 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.447 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
