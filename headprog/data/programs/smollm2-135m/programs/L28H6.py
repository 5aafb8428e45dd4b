"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H6
label: mixed
source: offline search (seed 0), fitted for L28H6
scores: synthesis_iou=0.6473 heldout_iou=0.5694 heldout_js=0.3089 n_heldout=32 heldout_iou_passage=0.4730 heldout_iou_sentence=0.6658
"""


@program(normalize="softmax", fallback="first", head="L28H6", label="mixed")
def L28H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.602, -1.54, 0.335, 0.512, 0.21, 0.342, 0.633, -0.441, -1.09, 1.1, -1.33, -0.403, 2.39)
    first_by_class = table(word_class(q), -0.224, 1.59, -0.897, -1.13, -0.77, -0.578, -0.912, -0.243, 0.167, 2.3, 0.736, 1.16, 2.48)
    self_by_class = table(word_class(q), 0.198, 0.585, -0.0263, 0.385, -0.167, 0.027, 0.205, 0.0144, 0.187, -0.168, 0.0916, 0.317, -0.773)
    prev_by_class = table(word_class(q), -0.143, -0.489, 0.18, 0.393, 0.0964, 0.297, 0.144, 0.0942, -0.0191, -0.388, -0.549, -0.179, -0.567)
    return 3.55 * (k == 0) + 0.447 * (k >= sentence_start(q)) + -1.87 * is_word_start(k) + -0.465 * is_capitalized(k) + -1.33 * is_digit(k) + 0.179 * (count(k) == 1) + 0.0338 * decay(q - k, 1.0) + -0.687 * decay(q - k, 3.0) + 1.73 * decay(q - k, 10.0) + 0.186 * (k == 0 and is_word_start(q)) + 1.03 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + -0.0337 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
