"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H8
label: mixed
source: offline search (seed 0), fitted for L6H8
scores: synthesis_iou=0.6873 heldout_iou=0.6059 heldout_js=0.2856 n_heldout=32 heldout_iou_passage=0.5420 heldout_iou_sentence=0.6697
"""


@program(normalize="weights", fallback="first", head="L6H8", label="mixed")
def L6H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.117, 0.0237, 0.313, 0.123, 0.183, 0.166, 0.366, 0.0989, 0.199, 0.57, 0.0739, 0.0715, 0.405)
    first_by_class = table(word_class(q), 4.1, 11.9, 0.452, 0.313, 0.649, 0.357, 3.59, 5.42, 0.543, 0.264, 0.243, 4.36, 0.254)
    self_by_class = table(word_class(q), 0.255, 0.229, 3.24, 2.64, 4.18, 6.05, 0.4, 0.252, 11.3, 8.16, 0.222, 0.4, 6.71)
    prev_by_class = table(word_class(q), 0.831, 1.97, 1.94, 2.67, 0.607, 0.319, 0.256, 1.93, 0.14, 0.155, 4.58, 0.615, 4.68)
    return 16.5 * (k == q) + 0.141 * (k == q - 1) + 0.143 * (k == q - 2) + 8.11 * (k == 0) + 1.36 * decay(q - k, 3.0) + 25.7 * ((k == 0) * decay(q, 32.0)) + 4.22 * (k == 0 and is_word_start(q)) + 0.208 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 11.1 * (token(k) == 260) + 14.5 * (token(k) == 260 and count(k) == 1) + 1.44 * (token(k) == 216) + 26.5 * (token(k) == 216 and count(k) == 1)
