"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H1
label: first token
source: offline search (seed 0), fitted for L18H1
scores: synthesis_iou=0.5673 heldout_iou=0.5350 heldout_js=0.3224 n_heldout=32 heldout_iou_passage=0.5038 heldout_iou_sentence=0.5662
"""


@program(normalize="weights", fallback="first", head="L18H1", label="first token")
def L18H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0197, 0.0367, 0.043, 0.0566, 0.0368, 0.0289, 0.0924, 0.155, 0.0379, 0.155, 0.0217, 0.0418, 0.116)
    first_by_class = table(word_class(q), 0.927, 8.9, 0.27, 0.266, 0.521, 0.981, 0.264, 0.324, 4.69, 7.25, 1.05, 9.37, 5.9)
    self_by_class = table(word_class(q), 5.03, 0.204, 4.53, 6.25, 4.2, 0.235, 6.13, 5.15, 0.362, 4.84, 0.206, 0.549, 0.267)
    prev_by_class = table(word_class(q), 12.7, 0.258, 11.4, 5.83, 0.295, 3.41, 6.14, 5.27, 0.261, 0.215, 0.234, 0.266, 0.259)
    return 16.4 * (k == q - 1) + 16.5 * (k == q - 2) + 6.02 * (k == q - 3) + 95.8 * (k == 0) + 6.52 * (k == last(is_word_start, q)) + 0.979 * (k >= sentence_start(q)) + 6.79 * decay(q - k, 1.0) + 7.77 * decay(q - k, 3.0) + 1.54 * ((k == 0) * decay(q, 32.0)) + 0.661 * (k == 0 and is_word_start(q)) + 0.437 * (k == prev_occurrence(q) + 1) + 7.41 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
