"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H4
label: first token
source: offline search (seed 0), fitted for L13H4
scores: synthesis_iou=0.5890 heldout_iou=0.5785 heldout_js=0.3098 n_heldout=32 heldout_iou_passage=0.5526 heldout_iou_sentence=0.6044
"""


@program(normalize="weights", fallback="first", head="L13H4", label="first token")
def L13H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00937, 0.027, 0.0266, 0.0626, 0.0594, 0.048, 0.0593, 0.268, 0.0314, 0.071, 0.0248, 0.0281, 0.124)
    first_by_class = table(word_class(q), 1.27, 7.0, 0.635, 0.27, 0.594, 4.66, 4.64, 0.272, 6.51, 8.03, 0.628, 0.885, 5.32)
    self_by_class = table(word_class(q), 2.33, 0.254, 0.49, 5.39, 5.45, 0.53, 0.461, 5.4, 0.285, 0.248, 0.287, 0.736, 0.422)
    prev_by_class = table(word_class(q), 8.77, 0.245, 18.2, 6.96, 4.08, 0.283, 0.29, 4.73, 0.272, 0.235, 0.446, 6.63, 0.267)
    return 0.419 * (k == q) + 32.8 * (k == q - 1) + 19.1 * (k == q - 2) + 7.06 * (k == q - 3) + 296.0 * (k == 0) + 2.73 * (k == last(is_word_start, q)) + 0.67 * (k >= sentence_start(q)) + 13.5 * decay(q - k, 3.0) + 0.0661 * decay(q - k, 10.0) + 2.08 * (k == 0 and is_word_start(q)) + 0.41 * (k == prev_occurrence(q) + 1) + 16.7 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
