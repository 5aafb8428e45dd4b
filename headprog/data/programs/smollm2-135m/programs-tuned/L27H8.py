"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H8
label: mixed
source: offline search (seed 0), fitted for L27H8
scores: synthesis_iou=0.6064 heldout_iou=0.6015 heldout_js=0.2974 n_heldout=32 heldout_iou_passage=0.5883 heldout_iou_sentence=0.6148
"""


@program(normalize="softmax", fallback="first", head="L27H8", label="mixed")
def L27H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.133, -0.449, 0.329, 0.218, 0.274, -0.0574, 0.0259, -0.412, -0.261, 0.763, -0.212, -0.194, -0.107)
    first_by_class = table(word_class(q), 0.594, 1.69, 0.0319, 0.541, 1.51, -0.0236, 1.41, -0.496, 1.03, 0.748, 1.51, 0.783, -2.05)
    self_by_class = table(word_class(q), 0.457, 0.511, 1.31, 1.01, 0.512, 0.105, 0.251, -0.233, -0.289, 1.2, -0.0717, 0.225, 0.65)
    prev_by_class = table(word_class(q), 0.327, -1.27, 2.01, 0.31, 0.118, -0.113, -0.262, 1.03, 0.149, -0.89, 0.533, 0.514, 2.16)
    return 5.26 * (k == 0) + -1.62 * (k == sentence_start(q)) + 1.18 * (k >= sentence_start(q)) + -0.212 * is_digit(k) + 0.19 * (count(k) == 1) + 1.97 * decay(q - k, 1.0) + 1.97 * decay(q - k, 3.0) + 0.424 * decay(q - k, 10.0) + 1.57 * (k == 0 and is_word_start(q)) + 0.188 * is_function_word(k) + 0.387 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0535 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
