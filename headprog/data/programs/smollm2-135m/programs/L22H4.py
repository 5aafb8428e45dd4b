"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H4
label: first token
source: offline search (seed 0), fitted for L22H4
scores: synthesis_iou=0.7643 heldout_iou=0.7159 heldout_js=0.2374 n_heldout=32 heldout_iou_passage=0.6262 heldout_iou_sentence=0.8056
"""


@program(normalize="weights", fallback="first", head="L22H4", label="first token")
def L22H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.479, 1.96, 0.18, 0.119, 0.148, 0.257, 0.239, 0.218, 0.215, 3.17, 0.0799, 0.833, 0.225)
    first_by_class = table(word_class(q), 11.0, 6.13, 1.88, 1.81, 2.23, 1.49, 1.64, 0.787, 1.89, 0.292, 5.5, 4.92, 0.64)
    self_by_class = table(word_class(q), 2.24, 0.485, 1.88, 0.431, 5.18, 3.1, 1.88, 0.97, 2.09, 5.75, 0.398, 2.03, 2.48)
    prev_by_class = table(word_class(q), 0.353, 0.34, 0.928, 0.771, 0.69, 7.91, 2.23, 2.66, 5.38, 2.18, 0.295, 0.387, 4.9)
    return 1.89 * (k == q) + 0.264 * (k == q - 1) + 0.388 * (k == q - 2) + 342.0 * (k == 0) + 0.34 * (k == last(is_word_start, q)) + 0.917 * (k >= sentence_start(q)) + 0.602 * decay(q - k, 1.0) + 0.399 * decay(q - k, 3.0) + 0.0708 * decay(q - k, 10.0) + 5.95 * ((k == 0) * decay(q, 32.0)) + 10.3 * (k == 0 and is_word_start(q)) + 4.65 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
