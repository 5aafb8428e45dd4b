"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H2
label: mixed
source: offline search (seed 0), fitted for L26H2
scores: synthesis_iou=0.7239 heldout_iou=0.6811 heldout_js=0.2491 n_heldout=32 heldout_iou_passage=0.6177 heldout_iou_sentence=0.7446
"""


@program(normalize="softmax", fallback="first", head="L26H2", label="mixed")
def L26H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.364, -0.926, 0.183, -0.714, 0.29, 0.0224, 0.285, 0.0458, -0.232, 1.26, -1.03, 0.188, 0.558)
    first_by_class = table(word_class(q), 0.22, 2.91, 1.5, 0.603, -1.13, -0.392, -0.332, -0.631, 1.06, -0.785, 2.62, 2.04, -0.281)
    self_by_class = table(word_class(q), 0.131, -0.0997, -0.258, 0.0329, 0.0867, 0.604, -0.165, -0.23, 0.555, 0.363, 0.00272, -0.181, 0.257)
    prev_by_class = table(word_class(q), 0.0403, -0.442, -0.199, 0.244, 0.0314, 0.855, -0.231, 0.125, 0.998, -0.743, -0.194, -0.105, 0.0282)
    return 5.03 * (k == 0) + -1.14 * (k == sentence_start(q)) + 1.27 * (k >= sentence_start(q)) + -0.878 * is_word_start(k) + -1.03 * is_digit(k) + 0.424 * (count(k) == 1) + 0.14 * decay(q - k, 1.0) + 0.908 * decay(q - k, 3.0) + 1.18 * decay(q - k, 10.0) + 1.36 * (k == 0 and is_word_start(q)) + -0.00708 * (k == prev_occurrence(q) + 1) + 0.318 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
