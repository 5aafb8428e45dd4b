"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H4
label: mixed
source: offline search (seed 0), fitted for L0H4
scores: synthesis_iou=0.6798 heldout_iou=0.6525 heldout_js=0.2228 n_heldout=32 heldout_iou_passage=0.6214 heldout_iou_sentence=0.6836
"""


@program(normalize="softmax", fallback="first", head="L0H4", label="mixed")
def L0H4(q, k):
    """Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.426, 0.129, -0.622, -0.306, 0.326, -0.282, 0.597, 0.541, -0.0534, -0.567, -0.283, 0.221, -0.873)
    first_by_class = table(word_class(q), 0.147, 0.315, -0.303, -0.26, -0.269, -0.106, -0.547, -0.0644, -0.00234, -0.0417, 0.185, -0.0648, -0.14)
    self_by_class = table(word_class(q), 0.551, 0.694, -0.913, -0.471, -0.0169, -0.993, 0.898, -0.0218, 0.442, 0.345, 0.175, 0.304, 0.0752)
    prev_by_class = table(word_class(q), 0.461, 0.742, 0.498, 0.546, -0.175, -0.472, -0.0698, 0.795, -0.225, -0.315, 0.752, 0.301, 1.56)
    return -0.519 * is_punct(k) + 0.00464 * is_capitalized(k) + -0.283 * is_digit(k) + 0.9 * decay(q - k, 3.0) + -0.0285 * decay(q - k, 10.0) + 0.767 * decay(q - k, 30.0) + 0.832 * decay(q - k, 100.0) + 0.316 * is_function_word(k) + -1.24 * (rarity(k) / 16.0) + 0.126 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + -0.344 * (token(k) == 28) + -0.997 * (token(k) == 216)
