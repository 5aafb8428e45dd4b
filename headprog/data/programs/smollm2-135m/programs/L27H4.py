"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H4
label: mixed
source: offline search (seed 0), fitted for L27H4
scores: synthesis_iou=0.5961 heldout_iou=0.6061 heldout_js=0.2782 n_heldout=32 heldout_iou_passage=0.5881 heldout_iou_sentence=0.6242
"""


@program(normalize="weights", fallback="first", head="L27H4", label="mixed")
def L27H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00629, 0.036, 0.023, 0.0577, 0.0268, 0.0385, 0.0464, 0.174, 0.03, 0.191, 0.025, 0.0288, 0.118)
    first_by_class = table(word_class(q), 17.2, 10.6, 0.257, 0.283, 0.297, 0.3, 1.02, 0.299, 0.421, 0.493, 0.429, 8.46, 0.55)
    self_by_class = table(word_class(q), 0.833, 0.246, 6.44, 5.04, 7.45, 4.49, 1.35, 3.86, 3.27, 7.28, 0.246, 0.241, 0.344)
    prev_by_class = table(word_class(q), 0.239, 0.197, 409.0, 5.02, 6.71, 3.94, 3.61, 5.25, 7.35, 0.276, 10.4, 0.25, 5.68)
    return 11.9 * (k == q) + 9.92 * (k == q - 1) + 154.0 * (k == 0) + 0.0313 * (k >= sentence_start(q)) + 17.1 * decay(q - k, 1.0) + 1.41 * decay(q - k, 3.0) + 2.21 * ((k == 0) * decay(q, 32.0)) + 1.82 * (k == 0 and is_word_start(q)) + 38.3 * (k == q and is_word_start(q)) + 0.277 * (k == prev_occurrence(q) + 1) + 0.24 * (k == last(is_function_word, q)) + 0.256 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
