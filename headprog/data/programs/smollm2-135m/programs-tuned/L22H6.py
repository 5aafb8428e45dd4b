"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H6
label: first token
source: offline search (seed 0), fitted for L22H6
scores: synthesis_iou=0.5402 heldout_iou=0.4986 heldout_js=0.3818 n_heldout=32 heldout_iou_passage=0.4283 heldout_iou_sentence=0.5689
"""


@program(normalize="weights", fallback="first", head="L22H6", label="first token")
def L22H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.725, 3.79, 0.0242, 0.0966, 0.0678, 0.0567, 0.065, 0.149, 0.0463, 0.646, 0.0263, 0.898, 0.0769)
    first_by_class = table(word_class(q), 1.33, 8.76, 0.224, 0.258, 0.584, 0.815, 0.254, 0.261, 4.71, 1.54, 6.69, 7.29, 5.54)
    self_by_class = table(word_class(q), 54.9, 2.42, 0.237, 4.82, 0.847, 0.332, 5.8, 4.28, 0.312, 5.17, 0.219, 0.974, 0.249)
    prev_by_class = table(word_class(q), 2.94, 0.228, 4.87, 5.67, 5.27, 5.92, 14.3, 5.16, 6.74, 0.653, 0.215, 0.252, 0.249)
    return 0.73 * (k == q) + 2.44 * (k == q - 1) + 3.43 * (k == q - 2) + 201.0 * (k == 0) + 1.52 * (k == last(is_word_start, q)) + 1.37 * (k >= sentence_start(q)) + 1.29 * decay(q - k, 1.0) + 7.84 * decay(q - k, 3.0) + 0.962 * decay(q - k, 10.0) + 1.25 * ((k == 0) * decay(q, 32.0)) + 0.568 * (k == 0 and is_word_start(q)) + 0.465 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
