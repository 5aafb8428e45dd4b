"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H6
label: first token
source: offline search (seed 0), fitted for L15H6
scores: synthesis_iou=0.8926 heldout_iou=0.8269 heldout_js=0.1697 n_heldout=32 heldout_iou_passage=0.7311 heldout_iou_sentence=0.9227
"""


@program(normalize="weights", fallback="first", head="L15H6", label="first token")
def L15H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.246, 0.479, 0.288, 0.202, 0.247, 0.266, 0.346, 0.488, 0.424, 0.754, 0.0964, 0.519, 2.71)
    first_by_class = table(word_class(q), 4.64, 3.72, 1.52, 0.305, 3.15, 2.24, 0.736, 1.21, 1.93, 1.75, 3.71, 2.17, 2.32)
    self_by_class = table(word_class(q), 13.9, 4.18, 2.02, 5.2, 4.38, 5.05, 6.09, 4.9, 3.7, 5.21, 1.08, 19.1, 3.22)
    prev_by_class = table(word_class(q), 0.183, 0.28, 0.951, 1.9, 0.669, 0.498, 0.748, 0.393, 0.39, 0.317, 0.314, 0.347, 0.494)
    return 0.115 * (k == q - 1) + 0.114 * (k == q - 2) + 0.123 * (k == q - 3) + 580.0 * (k == 0) + 0.162 * (k == last(is_punct, q) + 1) + 0.0474 * (k >= sentence_start(q)) + 0.754 * is_sentence_end(k) + 0.12 * decay(q - k, 3.0) + 0.0507 * decay(q - k, 10.0) + 6.55 * ((k == 0) * decay(q, 32.0)) + 12.5 * (k == 0 and is_word_start(q)) + 0.103 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
