"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H7
label: first token
source: offline search (seed 0), fitted for L21H7
scores: synthesis_iou=0.4538 heldout_iou=0.4062 heldout_js=0.4425 n_heldout=32 heldout_iou_passage=0.3432 heldout_iou_sentence=0.4692
"""


@program(normalize="weights", fallback="first", head="L21H7", label="first token")
def L21H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.266, 0.686, 0.0264, 0.263, 0.0324, 0.0576, 0.0584, 0.135, 0.0654, 0.494, 0.0201, 0.225, 0.0788)
    first_by_class = table(word_class(q), 6.11, 8.6, 0.199, 4.66, 1.19, 0.583, 0.241, 0.501, 1.39, 0.223, 2.0, 4.86, 6.0)
    self_by_class = table(word_class(q), 5.4, 0.244, 4.44, 0.265, 10.2, 0.315, 5.1, 5.11, 0.896, 3.18, 0.213, 0.388, 0.242)
    prev_by_class = table(word_class(q), 0.367, 0.175, 11.9, 3.03, 2.4, 7.38, 5.81, 3.4, 8.76, 0.259, 0.229, 1.0, 0.244)
    return 3.08 * (k == q) + 2.33 * (k == q - 1) + 2.14 * (k == q - 2) + 54.7 * (k == 0) + 1.23 * (k >= sentence_start(q)) + 6.08 * decay(q - k, 1.0) + 4.11 * decay(q - k, 3.0) + 2.22 * decay(q - k, 10.0) + 1.69 * ((k == 0) * decay(q, 32.0)) + 2.63 * (k == 0 and is_word_start(q)) + 3.77 * (k == prev_occurrence(q) + 1) + 1.1 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
