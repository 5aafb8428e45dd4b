"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H2
label: first token
source: offline search (seed 0), fitted for L23H2
scores: synthesis_iou=0.9539 heldout_iou=0.9172 heldout_js=0.1052 n_heldout=32 heldout_iou_passage=0.8716 heldout_iou_sentence=0.9628
"""


@program(normalize="weights", fallback="first", head="L23H2", label="first token")
def L23H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.337, 0.935, 0.129, 0.185, 0.131, 0.168, 0.12, 0.32, 0.106, 0.299, 0.542, 0.837, 0.227)
    first_by_class = table(word_class(q), 5.91, 3.29, 3.42, 2.93, 3.07, 2.19, 2.17, 1.29, 2.48, 0.396, 3.41, 3.43, 1.01)
    self_by_class = table(word_class(q), 1.19, 0.625, 0.349, 0.36, 0.37, 0.787, 0.615, 0.848, 0.47, 4.92, 0.933, 0.598, 0.708)
    prev_by_class = table(word_class(q), 0.297, 0.357, 0.308, 0.349, 0.426, 1.92, 0.492, 0.42, 0.729, 1.71, 0.401, 0.33, 0.605)
    return 0.224 * (k == q - 2) + 2670.0 * (k == 0) + 0.254 * (k == last(is_punct, q) + 1) + 0.294 * (k == last(is_capitalized, q)) + 0.102 * (k >= sentence_start(q)) + 0.137 * decay(q - k, 3.0) + 0.313 * (k == 1) + 7.17 * ((k == 0) * decay(q, 32.0)) + 33.8 * (k == 0 and is_word_start(q)) + 0.289 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.173 * (k == last(is_function_word, q)) + 0.295 * (k == last(is_function_word, q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
