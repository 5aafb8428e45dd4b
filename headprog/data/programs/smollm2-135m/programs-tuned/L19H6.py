"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H6
label: first token
source: offline search (seed 0), fitted for L19H6
scores: synthesis_iou=0.6708 heldout_iou=0.6462 heldout_js=0.2588 n_heldout=32 heldout_iou_passage=0.6206 heldout_iou_sentence=0.6719
"""


@program(normalize="weights", fallback="first", head="L19H6", label="first token")
def L19H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.012, 0.0384, 0.064, 0.0845, 0.0807, 0.0934, 0.112, 0.287, 0.0648, 0.146, 0.0416, 0.0468, 0.223)
    first_by_class = table(word_class(q), 2.44, 1.55, 5.87, 1.38, 4.53, 2.29, 0.937, 0.915, 0.49, 0.578, 4.55, 3.77, 3.39)
    self_by_class = table(word_class(q), 2.72, 1.13, 0.252, 1.22, 0.294, 0.311, 1.3, 2.91, 1.91, 5.38, 0.271, 0.422, 0.451)
    prev_by_class = table(word_class(q), 13.4, 0.645, 0.478, 5.54, 0.839, 1.02, 2.57, 3.95, 3.87, 0.606, 0.32, 1.48, 0.646)
    return 0.313 * (k == q) + 1.82 * (k == q - 1) + 8.43 * (k == q - 2) + 948.0 * (k == 0) + 1.66 * (k == last(is_word_start, q)) + 3.39 * (k >= sentence_start(q)) + 0.607 * decay(q - k, 1.0) + 28.2 * decay(q - k, 3.0) + 0.0751 * decay(q - k, 10.0) + 11.5 * ((k == 0) * decay(q, 32.0)) + 40.5 * (k == 0 and is_word_start(q)) + 0.309 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
