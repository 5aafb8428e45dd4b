"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H2
label: first token
source: offline search (seed 0), fitted for L12H2
scores: synthesis_iou=0.6876 heldout_iou=0.6514 heldout_js=0.2444 n_heldout=32 heldout_iou_passage=0.5885 heldout_iou_sentence=0.7144
"""


@program(normalize="weights", fallback="first", head="L12H2", label="first token")
def L12H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.429, 0.338, 0.214, 0.36, 0.0814, 0.438, 0.888, 0.226, 0.813, 3.8, 0.0839, 0.59, 2.85)
    first_by_class = table(word_class(q), 41.8, 5.11, 0.291, 5.09, 6.08, 6.24, 0.249, 1.86, 7.17, 0.241, 0.409, 1.74, 0.256)
    self_by_class = table(word_class(q), 1.16, 0.885, 1.8, 0.276, 0.17, 0.225, 8.23, 0.468, 0.669, 9.33, 0.2, 2.42, 6.64)
    prev_by_class = table(word_class(q), 0.304, 0.254, 2.98, 0.529, 0.758, 0.246, 6.35, 1.94, 0.216, 0.615, 0.192, 1.68, 5.32)
    return 1.27 * (k == q) + 0.191 * (k == q - 1) + 0.438 * (k == q - 2) + 26.0 * (k == 0) + 1.57 * (k == last(is_punct, q)) + 0.153 * (k == last(is_word_start, q)) + 0.274 * (k >= sentence_start(q)) + 0.48 * decay(q - k, 3.0) + 0.962 * decay(q - k, 10.0) + 0.364 * ((k == 0) * decay(q, 32.0)) + 17.6 * (k == 0 and is_word_start(q)) + 0.179 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
