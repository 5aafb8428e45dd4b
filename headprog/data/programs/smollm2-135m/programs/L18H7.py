"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H7
label: first token
source: offline search (seed 0), fitted for L18H7
scores: synthesis_iou=0.9974 heldout_iou=0.9962 heldout_js=0.0184 n_heldout=32 heldout_iou_passage=0.9934 heldout_iou_sentence=0.9990
"""


@program(normalize="weights", fallback="first", head="L18H7", label="first token")
def L18H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00247, 0.161, 0.18, 0.222, 0.112, 0.272, 0.226, 0.295, 0.116, 0.276, 0.161, 0.303, 0.252)
    first_by_class = table(word_class(q), 23.0, 5.03, 5.39, 2.44, 5.75, 3.32, 3.27, 1.33, 4.62, 3.81, 4.06, 4.11, 1.67)
    self_by_class = table(word_class(q), 0.252, 0.3, 0.305, 0.323, 0.304, 0.337, 0.319, 0.336, 0.335, 0.316, 0.311, 0.307, 0.336)
    prev_by_class = table(word_class(q), 0.255, 0.307, 0.3, 0.318, 0.3, 0.322, 0.314, 0.324, 0.312, 0.315, 0.309, 0.309, 0.338)
    return 0.17 * (k == q - 1) + 0.183 * (k == q - 2) + 0.192 * (k == q - 3) + 12700.0 * (k == 0) + 0.178 * (k == last(is_word_start, q)) + 0.00331 * (k >= sentence_start(q)) + 0.0931 * decay(q - k, 1.0) + 0.0284 * decay(q - k, 3.0) + 42.0 * ((k == 0) * decay(q, 32.0)) + 143.0 * (k == 0 and is_word_start(q)) + 1.92 * (k == prev_occurrence(q) + 1) + 0.193 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
