"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H8
label: mixed
source: offline search (seed 0), fitted for L13H8
scores: synthesis_iou=0.4591 heldout_iou=0.4422 heldout_js=0.4128 n_heldout=32 heldout_iou_passage=0.3936 heldout_iou_sentence=0.4908
"""


@program(normalize="softmax", fallback="first", head="L13H8", label="mixed")
def L13H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.229, 0.708, -0.0015, 0.482, -0.187, -0.284, 0.41, -0.785, -0.566, 0.112, -0.665, 0.0793, 0.358)
    first_by_class = table(word_class(q), 0.988, 2.39, -0.0342, -0.0808, -0.514, 0.0386, -1.85, -0.59, 1.01, -0.183, 1.95, 2.24, -0.57)
    self_by_class = table(word_class(q), 0.0651, 0.385, -0.654, -0.0679, -0.582, -0.252, -0.493, -0.0999, 0.475, -0.431, -0.0865, 0.437, 1.04)
    prev_by_class = table(word_class(q), -0.0212, -0.471, 0.127, -0.373, 0.312, 0.779, 1.56, 0.446, 1.52, -1.09, -0.318, 0.413, 0.287)
    return -0.695 * (k == q) + 4.17 * (k == 0) + -2.03 * (k == sentence_start(q)) + 1.99 * (k >= sentence_start(q)) + 0.032 * is_word_start(k) + -0.00106 * is_capitalized(k) + -0.665 * is_digit(k) + 1.61 * decay(q - k, 3.0) + 0.637 * decay(q - k, 10.0) + -0.371 * decay(q - k, 30.0) + 0.303 * (k == 0 and is_word_start(q)) + -0.201 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
