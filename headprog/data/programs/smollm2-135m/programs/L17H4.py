"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H4
label: first token
source: offline search (seed 0), fitted for L17H4
scores: synthesis_iou=0.8845 heldout_iou=0.8514 heldout_js=0.1503 n_heldout=32 heldout_iou_passage=0.7950 heldout_iou_sentence=0.9079
"""


@program(normalize="weights", fallback="first", head="L17H4", label="first token")
def L17H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.17, 0.336, 0.0444, 0.121, 0.0953, 0.175, 0.432, 0.381, 0.127, 0.389, 0.0503, 0.183, 0.145)
    first_by_class = table(word_class(q), 4.75, 3.33, 3.26, 2.66, 3.7, 2.97, 3.08, 2.79, 3.85, 3.96, 4.01, 3.33, 2.86)
    self_by_class = table(word_class(q), 0.461, 0.396, 0.35, 0.402, 0.382, 0.489, 0.41, 0.402, 0.469, 0.298, 0.279, 0.323, 0.343)
    prev_by_class = table(word_class(q), 0.247, 0.332, 0.295, 0.349, 0.306, 0.415, 0.356, 0.338, 0.299, 0.284, 0.271, 0.299, 0.33)
    return 0.116 * (k == q - 1) + 0.138 * (k == q - 2) + 1540.0 * (k == 0) + 4.18 * (prev_token(k) == token(q)) + 0.381 * (k >= sentence_start(q)) + 0.118 * decay(q - k, 3.0) + 0.107 * decay(q - k, 10.0) + 8.06 * ((k == 0) * decay(q, 32.0)) + 18.1 * (k == 0 and is_word_start(q)) + 9.74 * (k == prev_occurrence(q) + 1) + 0.087 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 6.7 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
