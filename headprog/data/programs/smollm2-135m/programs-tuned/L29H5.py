"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H5
label: first token
source: offline search (seed 0), fitted for L29H5
scores: synthesis_iou=0.7815 heldout_iou=0.6895 heldout_js=0.2398 n_heldout=32 heldout_iou_passage=0.5733 heldout_iou_sentence=0.8056
"""


@program(normalize="weights", fallback="first", head="L29H5", label="first token")
def L29H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.655, 0.515, 0.504, 0.338, 0.452, 0.404, 0.391, 0.285, 0.752, 4.92, 0.157, 0.323, 10.8)
    first_by_class = table(word_class(q), 1.28, 9.05, 1.24, 0.425, 0.422, 1.44, 2.06, 0.343, 1.97, 0.311, 7.15, 8.18, 4.59)
    self_by_class = table(word_class(q), 0.648, 1.62, 1.64, 1.73, 2.26, 3.89, 0.318, 0.332, 0.736, 77.3, 0.256, 0.293, 5.76)
    prev_by_class = table(word_class(q), 0.125, 0.155, 0.53, 2.39, 0.822, 4.13, 1.28, 4.17, 0.383, 0.18, 0.171, 0.222, 0.263)
    return 0.962 * (k == q) + 0.0574 * (k == q - 1) + 121.0 * (k == 0) + 0.104 * (k == word_start(q)) + 0.266 * (k >= sentence_start(q)) + 0.169 * decay(q - k, 1.0) + 0.165 * decay(q - k, 3.0) + 0.805 * decay(q - k, 10.0) + 8.6 * ((k == 0) * decay(q, 32.0)) + 3.91 * (k == 0 and is_word_start(q)) + 0.395 * (k == q and is_word_start(q)) + 0.758 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
