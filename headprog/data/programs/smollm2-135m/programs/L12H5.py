"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H5
label: mixed
source: offline search (seed 0), fitted for L12H5
scores: synthesis_iou=0.6607 heldout_iou=0.6439 heldout_js=0.2493 n_heldout=32 heldout_iou_passage=0.6199 heldout_iou_sentence=0.6680
"""


@program(normalize="weights", fallback="first", head="L12H5", label="mixed")
def L12H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.138, 0.193, 0.0591, 0.0745, 0.0365, 0.0407, 0.189, 0.149, 0.0839, 0.335, 0.0339, 0.187, 0.252)
    first_by_class = table(word_class(q), 68.1, 9.32, 0.304, 0.307, 0.289, 0.255, 0.289, 0.264, 0.255, 0.369, 4.73, 7.77, 5.3)
    self_by_class = table(word_class(q), 0.244, 0.271, 8.25, 5.01, 9.24, 6.6, 4.08, 5.27, 7.92, 5.3, 5.62, 0.263, 0.439)
    prev_by_class = table(word_class(q), 5.8, 2.51, 2.32, 2.81, 1.6, 0.497, 6.13, 2.21, 0.227, 0.223, 0.362, 0.908, 4.8)
    return 66.7 * (k == q) + 2.36 * (k == q - 1) + 0.762 * (k == q - 2) + 29.2 * (k == 0) + 0.561 * (k == last(is_punct, q)) + 0.817 * (k == last(is_word_start, q)) + 0.266 * (k >= sentence_start(q)) + 2.07 * decay(q - k, 3.0) + 0.339 * decay(q - k, 10.0) + 20.4 * ((k == 0) * decay(q, 32.0)) + 2.22 * (k == 0 and is_word_start(q)) + 0.42 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
