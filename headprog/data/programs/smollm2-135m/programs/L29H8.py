"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H8
label: first token
source: offline search (seed 0), fitted for L29H8
scores: synthesis_iou=0.7519 heldout_iou=0.7196 heldout_js=0.2264 n_heldout=32 heldout_iou_passage=0.6335 heldout_iou_sentence=0.8057
"""


@program(normalize="weights", fallback="first", head="L29H8", label="first token")
def L29H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.605, 0.824, 0.107, 0.191, 0.439, 0.229, 0.396, 0.532, 0.291, 1.95, 0.026, 0.301, 0.425)
    first_by_class = table(word_class(q), 1.78, 12.7, 2.73, 3.87, 3.13, 1.17, 1.32, 0.307, 0.51, 0.278, 3.28, 7.63, 0.296)
    self_by_class = table(word_class(q), 0.753, 0.244, 0.612, 0.3, 1.4, 0.856, 1.13, 3.1, 5.13, 9.02, 18.7, 0.23, 4.93)
    prev_by_class = table(word_class(q), 0.402, 0.175, 0.49, 0.402, 0.209, 2.42, 0.762, 5.12, 2.63, 4.06, 25.3, 0.233, 5.58)
    return 0.82 * (k == q) + 0.178 * (k == q - 1) + 139.0 * (k == 0) + 0.26 * (k == word_start(q)) + 0.629 * (k >= sentence_start(q)) + 0.555 * decay(q - k, 1.0) + 0.85 * decay(q - k, 3.0) + 0.582 * decay(q - k, 10.0) + 3.27 * ((k == 0) * decay(q, 32.0)) + 16.7 * (k == 0 and is_word_start(q)) + 0.397 * (k == q and is_word_start(q)) + 0.755 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
