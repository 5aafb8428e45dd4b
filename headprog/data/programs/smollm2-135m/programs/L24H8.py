"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H8
label: first token
source: offline search (seed 0), fitted for L24H8
scores: synthesis_iou=0.9068 heldout_iou=0.8530 heldout_js=0.1435 n_heldout=32 heldout_iou_passage=0.7752 heldout_iou_sentence=0.9307
"""


@program(normalize="weights", fallback="first", head="L24H8", label="first token")
def L24H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0673, 0.0741, 0.638, 0.523, 0.199, 2.56, 0.787, 0.955, 0.562, 3.43, 0.0918, 0.061, 1.81)
    first_by_class = table(word_class(q), 1.35, 1.98, 3.79, 2.62, 1.72, 2.69, 2.42, 0.863, 2.31, 0.594, 1.22, 2.91, 3.12)
    self_by_class = table(word_class(q), 0.201, 0.357, 0.397, 0.487, 0.406, 1.62, 1.33, 2.19, 1.91, 6.37, 0.856, 0.688, 4.75)
    prev_by_class = table(word_class(q), 0.722, 0.304, 0.258, 0.5, 0.338, 0.377, 0.348, 2.64, 0.318, 0.382, 0.879, 1.03, 0.344)
    return 0.303 * (k == q - 2) + 691.0 * (k == 0) + 0.24 * (k >= sentence_start(q)) + 1.88 * is_punct(k) + 3.43 * is_sentence_end(k) + 0.164 * decay(q - k, 1.0) + 0.159 * decay(q - k, 3.0) + 3.3 * ((k == 0) * decay(q, 32.0)) + 16.9 * (k == 0 and is_word_start(q)) + 0.0458 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.119 * (k == last(is_function_word, q) + 1) + 4.96 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
