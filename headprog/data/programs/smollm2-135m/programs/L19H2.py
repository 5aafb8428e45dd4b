"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H2
label: first token
source: offline search (seed 0), fitted for L19H2
scores: synthesis_iou=0.7147 heldout_iou=0.6812 heldout_js=0.2212 n_heldout=32 heldout_iou_passage=0.6136 heldout_iou_sentence=0.7487
"""


@program(normalize="weights", fallback="first", head="L19H2", label="first token")
def L19H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.285, 0.424, 0.0565, 0.0964, 0.0581, 0.174, 0.174, 0.247, 0.16, 2.02, 0.0458, 0.412, 1.36)
    first_by_class = table(word_class(q), 10.1, 9.0, 0.316, 0.334, 0.282, 5.85, 0.303, 0.273, 7.79, 0.276, 7.26, 6.74, 0.364)
    self_by_class = table(word_class(q), 2.4, 0.23, 0.205, 1.82, 0.968, 0.262, 3.96, 4.45, 0.23, 7.03, 0.21, 2.95, 4.98)
    prev_by_class = table(word_class(q), 0.19, 0.228, 5.16, 4.67, 6.02, 3.73, 5.51, 4.97, 0.539, 2.08, 0.217, 0.263, 0.959)
    return 0.36 * (k == q) + 0.669 * (k == q - 1) + 1.59 * (k == q - 2) + 132.0 * (k == 0) + 0.786 * (k == last(is_word_start, q)) + 1.87 * (k >= sentence_start(q)) + 0.599 * decay(q - k, 1.0) + 6.27 * decay(q - k, 3.0) + 2.58 * decay(q - k, 10.0) + 1.68 * ((k == 0) * decay(q, 32.0)) + 0.702 * (k == 0 and is_word_start(q)) + 1.19 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
