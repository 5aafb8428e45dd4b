"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H5
label: first token
source: offline search (seed 0), fitted for L22H5
scores: synthesis_iou=0.6327 heldout_iou=0.6039 heldout_js=0.2778 n_heldout=32 heldout_iou_passage=0.5462 heldout_iou_sentence=0.6616
"""


@program(normalize="weights", fallback="first", head="L22H5", label="first token")
def L22H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.116, 0.3, 0.0602, 0.0633, 0.0724, 0.236, 0.0519, 0.136, 0.0848, 0.865, 0.038, 0.23, 0.0778)
    first_by_class = table(word_class(q), 1.63, 7.76, 0.304, 0.581, 0.338, 0.252, 0.56, 0.274, 0.286, 0.426, 8.33, 7.54, 5.82)
    self_by_class = table(word_class(q), 13.0, 1.35, 0.297, 0.251, 2.6, 5.37, 0.284, 0.27, 0.331, 1.84, 0.303, 7.28, 0.254)
    prev_by_class = table(word_class(q), 0.484, 0.233, 3.18, 0.36, 3.23, 9.97, 4.43, 5.14, 9.3, 0.237, 0.221, 0.233, 0.258)
    return 5.64 * (k == q) + 0.798 * (k == q - 1) + 0.936 * (k == q - 2) + 69.3 * (k == 0) + 1.32 * (k == last(is_word_start, q)) + 1.24 * (k >= sentence_start(q)) + 8.73 * decay(q - k, 1.0) + 4.26 * decay(q - k, 3.0) + 1.12 * decay(q - k, 10.0) + 5.78 * ((k == 0) * decay(q, 32.0)) + 1.1 * (k == 0 and is_word_start(q)) + 3.1 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
