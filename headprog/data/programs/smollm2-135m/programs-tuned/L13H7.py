"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H7
label: mixed
source: offline search (seed 0), fitted for L13H7
scores: synthesis_iou=0.5819 heldout_iou=0.5205 heldout_js=0.3448 n_heldout=32 heldout_iou_passage=0.4445 heldout_iou_sentence=0.5965
"""


@program(normalize="softmax", fallback="first", head="L13H7", label="mixed")
def L13H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0261, -0.709, 0.0432, 0.301, -0.0441, -0.185, 0.409, -0.462, -0.725, 0.629, -0.881, -0.00188, 1.27)
    first_by_class = table(word_class(q), -0.289, -0.195, 0.0208, 0.0517, -0.138, 0.457, 0.574, 0.662, 1.5, 2.37, 0.329, -0.515, 1.76)
    self_by_class = table(word_class(q), -0.0879, -0.263, -0.461, 0.087, -0.634, -0.206, -0.0365, 0.014, -0.139, 0.366, 0.525, 0.394, 0.901)
    prev_by_class = table(word_class(q), -0.00615, -0.436, 0.232, 0.458, -0.129, -0.49, -0.379, -0.174, -0.604, -0.528, -0.138, 0.636, -0.112)
    return -0.153 * (k == q) + 3.73 * (k == 0) + -1.01 * (k == sentence_start(q)) + 1.22 * (k >= sentence_start(q)) + -0.51 * is_word_start(k) + -0.375 * is_capitalized(k) + -0.881 * is_digit(k) + 0.546 * decay(q - k, 3.0) + 0.653 * decay(q - k, 10.0) + 0.44 * decay(q - k, 30.0) + 0.416 * (k == 0 and is_word_start(q)) + 0.0752 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
