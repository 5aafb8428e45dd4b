"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H3
label: local window
source: offline search (seed 0), fitted for L29H3
scores: synthesis_iou=0.5705 heldout_iou=0.5517 heldout_js=0.3061 n_heldout=32 heldout_iou_passage=0.5238 heldout_iou_sentence=0.5796
"""


@program(normalize="weights", fallback="first", head="L29H3", label="local window")
def L29H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0504, 0.0467, 0.0423, 0.0496, 0.0616, 0.0466, 0.051, 0.177, 0.0713, 0.635, 0.0319, 0.0366, 0.231)
    first_by_class = table(word_class(q), 0.681, 16.7, 0.251, 5.41, 0.247, 0.364, 4.45, 0.441, 0.291, 0.271, 6.38, 12.8, 5.19)
    self_by_class = table(word_class(q), 0.344, 0.294, 4.51, 0.274, 6.58, 1.74, 4.87, 2.81, 0.245, 7.96, 0.249, 0.265, 0.292)
    prev_by_class = table(word_class(q), 9.9, 0.22, 8.21, 0.37, 0.271, 0.252, 0.277, 0.252, 7.25, 0.239, 5.57, 0.285, 5.24)
    return 2.42 * (k == q) + 26.6 * (k == q - 1) + 35.3 * (k == 0) + 0.753 * (k == word_start(q)) + 0.402 * (k >= sentence_start(q)) + 124.0 * decay(q - k, 1.0) + 5.23 * decay(q - k, 3.0) + 0.579 * decay(q - k, 10.0) + 7.66 * ((k == 0) * decay(q, 32.0)) + 1.0 * (k == 0 and is_word_start(q)) + 2.16 * (k == q and is_word_start(q)) + 0.77 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
