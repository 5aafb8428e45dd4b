"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H2
label: mixed
source: offline search (seed 0), fitted for L29H2
scores: synthesis_iou=0.5749 heldout_iou=0.5328 heldout_js=0.3351 n_heldout=32 heldout_iou_passage=0.4685 heldout_iou_sentence=0.5971
"""


@program(normalize="weights", fallback="first", head="L29H2", label="mixed")
def L29H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0932, 0.165, 0.101, 0.0971, 0.381, 0.0585, 0.658, 0.153, 0.215, 1.09, 0.0215, 0.0471, 0.118)
    first_by_class = table(word_class(q), 0.34, 13.1, 0.456, 0.252, 5.41, 1.31, 0.226, 0.256, 0.392, 0.326, 8.96, 11.4, 0.271)
    self_by_class = table(word_class(q), 1.39, 0.244, 4.62, 5.51, 0.616, 0.253, 9.7, 0.367, 3.78, 224.0, 0.187, 0.195, 3.41)
    prev_by_class = table(word_class(q), 4.22, 0.158, 8.17, 4.96, 0.172, 1.2, 5.61, 5.47, 3.15, 0.265, 0.192, 0.238, 7.3)
    return 3.02 * (k == q) + 0.184 * (k == q - 1) + 66.6 * (k == 0) + 0.214 * (k == word_start(q)) + 0.626 * (k >= sentence_start(q)) + 3.53 * decay(q - k, 1.0) + 2.81 * decay(q - k, 3.0) + 1.78 * decay(q - k, 10.0) + 5.47 * ((k == 0) * decay(q, 32.0)) + 0.788 * (k == 0 and is_word_start(q)) + 2.2 * (k == q and is_word_start(q)) + 0.22 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
