"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H6
label: mixed
source: offline search (seed 0), fitted for L11H6
scores: synthesis_iou=0.7801 heldout_iou=0.7607 heldout_js=0.1965 n_heldout=32 heldout_iou_passage=0.7257 heldout_iou_sentence=0.7958
"""


@program(normalize="softmax", fallback="first", head="L11H6", label="mixed")
def L11H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.647, -0.639, 0.0812, -0.255, -0.0603, -0.229, 0.463, -0.333, -0.417, 0.934, -0.777, -0.671, 2.33)
    first_by_class = table(word_class(q), -1.29, -0.667, -0.85, -0.347, -0.709, -0.241, -0.637, -0.00584, -0.127, -0.305, -0.359, -0.782, -0.404)
    self_by_class = table(word_class(q), 0.995, 1.52, -0.478, -0.397, 0.332, 0.489, -0.113, 0.247, 0.167, -2.36, 0.715, 0.867, -1.47)
    prev_by_class = table(word_class(q), 0.218, 0.393, -0.134, -0.384, -0.0334, -0.00801, 0.088, -0.248, -0.515, -0.869, 0.441, 0.112, 0.719)
    return 1.34 * (k == q) + -0.00472 * (k == q - 1) + 1.22 * (k >= sentence_start(q)) + 0.605 * is_punct(k) + 0.934 * is_sentence_end(k) + -0.117 * is_word_start(k) + 1.3 * decay(q - k, 1.0) + 1.27 * decay(q - k, 3.0) + 0.976 * decay(q - k, 10.0) + 0.703 * decay(q - k, 30.0) + -0.0789 * is_function_word(k) + 0.593 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
