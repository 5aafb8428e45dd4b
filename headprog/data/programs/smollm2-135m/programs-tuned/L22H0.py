"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H0
label: first token
source: offline search (seed 0), fitted for L22H0
scores: synthesis_iou=0.6769 heldout_iou=0.6333 heldout_js=0.2813 n_heldout=32 heldout_iou_passage=0.5712 heldout_iou_sentence=0.6954
"""


@program(normalize="weights", fallback="first", head="L22H0", label="first token")
def L22H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.287, 0.961, 0.0909, 0.284, 0.0592, 0.0489, 0.329, 0.328, 0.0892, 1.92, 0.0378, 0.908, 0.119)
    first_by_class = table(word_class(q), 10.1, 12.1, 0.289, 0.292, 1.46, 0.66, 0.283, 0.453, 1.66, 0.295, 4.65, 7.49, 4.75)
    self_by_class = table(word_class(q), 3.23, 0.224, 4.96, 5.84, 0.568, 0.639, 7.12, 4.67, 2.03, 14.0, 0.224, 0.378, 0.272)
    prev_by_class = table(word_class(q), 0.603, 0.194, 5.99, 5.69, 0.558, 5.43, 8.09, 2.86, 4.8, 1.85, 0.219, 0.272, 0.294)
    return 1.61 * (k == q) + 0.377 * (k == q - 1) + 0.79 * (k == q - 2) + 218.0 * (k == 0) + 0.356 * (k == last(is_word_start, q)) + 0.918 * (k >= sentence_start(q)) + 0.949 * decay(q - k, 1.0) + 3.43 * decay(q - k, 3.0) + 0.707 * decay(q - k, 10.0) + 2.37 * ((k == 0) * decay(q, 32.0)) + 1.62 * (k == 0 and is_word_start(q)) + 0.725 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
