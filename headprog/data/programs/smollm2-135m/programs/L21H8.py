"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H8
label: first token
source: offline search (seed 0), fitted for L21H8
scores: synthesis_iou=0.8296 heldout_iou=0.7580 heldout_js=0.2104 n_heldout=32 heldout_iou_passage=0.6502 heldout_iou_sentence=0.8658
"""


@program(normalize="weights", fallback="first", head="L21H8", label="first token")
def L21H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.349, 1.96, 0.105, 0.221, 0.155, 0.186, 0.135, 0.228, 0.179, 1.01, 0.145, 1.44, 0.987)
    first_by_class = table(word_class(q), 30.5, 6.28, 1.4, 0.946, 2.77, 1.37, 2.12, 1.23, 3.39, 0.465, 2.85, 4.6, 1.89)
    self_by_class = table(word_class(q), 0.453, 0.27, 1.61, 4.9, 0.813, 0.691, 0.554, 0.76, 0.411, 6.1, 0.718, 0.385, 6.23)
    prev_by_class = table(word_class(q), 0.168, 0.242, 3.0, 2.49, 0.895, 5.88, 0.743, 0.603, 0.563, 0.725, 0.343, 0.294, 0.348)
    return 0.332 * (k == q) + 0.141 * (k == q - 1) + 0.187 * (k == q - 2) + 621.0 * (k == 0) + 0.0584 * (k >= sentence_start(q)) + 0.153 * decay(q - k, 1.0) + 0.0862 * decay(q - k, 3.0) + 0.0214 * decay(q - k, 10.0) + 14.3 * ((k == 0) * decay(q, 32.0)) + 16.9 * (k == 0 and is_word_start(q)) + 3.16 * (k == prev_occurrence(q) + 1) + 0.099 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
