"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H1
label: mixed
source: offline search (seed 0), fitted for L22H1
scores: synthesis_iou=0.6491 heldout_iou=0.6173 heldout_js=0.2529 n_heldout=32 heldout_iou_passage=0.5959 heldout_iou_sentence=0.6387
"""


@program(normalize="weights", fallback="first", head="L22H1", label="mixed")
def L22H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0298, 0.0443, 0.0376, 0.0696, 0.0476, 0.0549, 0.0672, 0.186, 0.04, 0.136, 0.0328, 0.0593, 0.0962)
    first_by_class = table(word_class(q), 0.329, 0.252, 0.353, 5.55, 0.781, 5.71, 6.67, 5.17, 7.6, 11.7, 0.265, 0.283, 5.62)
    self_by_class = table(word_class(q), 7.45, 3.86, 0.275, 1.54, 5.15, 0.315, 4.68, 4.15, 0.265, 0.257, 0.253, 5.69, 0.268)
    prev_by_class = table(word_class(q), 75.9, 6.4, 6.26, 0.286, 0.302, 0.267, 0.257, 0.282, 0.256, 0.23, 7.3, 6.44, 0.272)
    return 4.0 * (k == q) + 56.0 * (k == q - 1) + 14.7 * (k == q - 2) + 115.0 * (k == 0) + 0.652 * (k == last(is_word_start, q)) + 0.0963 * (k >= sentence_start(q)) + 44.8 * decay(q - k, 1.0) + 1.46 * decay(q - k, 3.0) + 0.2 * decay(q - k, 10.0) + 9.94 * ((k == 0) * decay(q, 32.0)) + 1.28 * (k == 0 and is_word_start(q)) + 0.209 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
