"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H8
label: mixed
source: offline search (seed 0), fitted for L1H8
scores: synthesis_iou=0.6128 heldout_iou=0.5761 heldout_js=0.2958 n_heldout=32 heldout_iou_passage=0.5469 heldout_iou_sentence=0.6053
"""


@program(normalize="softmax", fallback="first", head="L1H8", label="mixed")
def L1H8(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.841, -0.604, 0.14, -0.344, 0.203, 0.514, 0.286, -0.596, 0.249, 0.438, -0.525, -0.374, 1.74)
    first_by_class = table(word_class(q), 0.346, 0.715, -0.356, -0.256, -0.178, -0.131, 0.234, 0.294, -0.137, 0.361, 0.694, 0.622, 0.448)
    self_by_class = table(word_class(q), 0.618, 0.717, -0.433, 0.446, -0.051, -0.712, -0.595, -0.142, -0.74, -1.43, -0.723, 0.258, -1.62)
    prev_by_class = table(word_class(q), 0.34, 0.646, 0.333, -0.177, -0.397, -0.11, 0.21, 0.197, -0.342, -0.331, -0.442, 0.205, -0.563)
    return -0.418 * (k == q - 1) + 0.378 * (k >= sentence_start(q)) + 0.748 * is_punct(k) + 0.438 * is_sentence_end(k) + 0.28 * is_word_start(k) + -0.153 * decay(q - k, 3.0) + 1.63 * decay(q - k, 10.0) + 2.29 * decay(q - k, 30.0) + 0.324 * is_function_word(k) + -1.72 * (rarity(k) / 16.0) + 0.429 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.304 * (token(k) == 282)
