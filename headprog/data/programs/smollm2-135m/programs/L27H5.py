"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H5
label: first token
source: offline search (seed 0), fitted for L27H5
scores: synthesis_iou=0.5653 heldout_iou=0.5465 heldout_js=0.3299 n_heldout=32 heldout_iou_passage=0.4976 heldout_iou_sentence=0.5954
"""


@program(normalize="weights", fallback="first", head="L27H5", label="first token")
def L27H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0967, 0.15, 0.0697, 0.167, 0.037, 0.0338, 0.401, 0.155, 0.0609, 1.02, 0.0175, 0.0571, 1.07)
    first_by_class = table(word_class(q), 0.211, 10.3, 8.98, 5.04, 0.368, 4.24, 0.283, 4.14, 7.1, 0.227, 5.57, 9.27, 0.318)
    self_by_class = table(word_class(q), 6.38, 0.285, 0.275, 0.276, 0.273, 0.241, 5.05, 0.264, 0.225, 82.9, 0.264, 0.243, 5.08)
    prev_by_class = table(word_class(q), 5.72, 0.163, 0.212, 0.302, 6.9, 2.55, 4.74, 1.46, 0.301, 0.199, 9.36, 0.217, 5.7)
    return 6.4 * (k == q) + 0.348 * (k == q - 1) + 83.1 * (k == 0) + 0.664 * (k >= sentence_start(q)) + 7.74 * decay(q - k, 1.0) + 4.51 * decay(q - k, 3.0) + 1.02 * ((k == 0) * decay(q, 32.0)) + 1.09 * (k == 0 and is_word_start(q)) + 1.23 * (k == q and is_word_start(q)) + 0.136 * (k == prev_occurrence(q) + 1) + 0.168 * (k == last(is_function_word, q)) + 7.53 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
