"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H6
label: first token
source: offline search (seed 0), fitted for L13H6
scores: synthesis_iou=0.5161 heldout_iou=0.4883 heldout_js=0.3721 n_heldout=32 heldout_iou_passage=0.4380 heldout_iou_sentence=0.5387
"""


@program(normalize="weights", fallback="first", head="L13H6", label="first token")
def L13H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.157, 0.157, 0.0266, 0.0665, 0.0644, 0.0394, 0.0483, 0.154, 0.0289, 0.101, 0.0318, 0.0599, 0.103)
    first_by_class = table(word_class(q), 122.0, 11.2, 0.564, 0.437, 0.23, 0.238, 4.37, 3.75, 0.391, 0.239, 0.396, 7.82, 0.263)
    self_by_class = table(word_class(q), 4.97, 1.51, 0.352, 1.61, 4.67, 0.386, 0.265, 0.269, 0.301, 0.256, 0.268, 0.316, 5.26)
    prev_by_class = table(word_class(q), 0.644, 0.217, 9.38, 3.75, 20.3, 6.16, 0.278, 0.321, 7.04, 0.323, 0.265, 0.305, 0.93)
    return 0.53 * (k == q) + 7.0 * (k == q - 1) + 3.91 * (k == q - 2) + 1.83 * (k == q - 3) + 66.4 * (k == 0) + 3.4 * (k == last(is_word_start, q)) + 1.63 * (k >= sentence_start(q)) + 6.17 * decay(q - k, 3.0) + 0.663 * decay(q - k, 10.0) + 8.18 * (k == 0 and is_word_start(q)) + 1.54 * (k == prev_occurrence(q) + 1) + 0.666 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
