"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H8
label: mixed
source: offline search (seed 0), fitted for L8H8
scores: synthesis_iou=0.6840 heldout_iou=0.5922 heldout_js=0.2953 n_heldout=32 heldout_iou_passage=0.5074 heldout_iou_sentence=0.6770
"""


@program(normalize="weights", fallback="first", head="L8H8", label="mixed")
def L8H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.455, 0.278, 0.531, 0.292, 0.305, 0.311, 1.23, 0.176, 1.18, 3.41, 0.106, 0.347, 2.07)
    first_by_class = table(word_class(q), 0.297, 13.5, 0.319, 1.74, 0.371, 1.08, 1.58, 0.366, 3.96, 11.9, 0.292, 4.63, 5.91)
    self_by_class = table(word_class(q), 0.0397, 0.0931, 1.73, 0.205, 0.165, 6.49, 1.15, 0.954, 4.47, 0.847, 0.123, 0.138, 0.232)
    prev_by_class = table(word_class(q), 0.633, 0.147, 3.13, 4.98, 0.178, 0.347, 0.499, 7.15, 0.129, 0.15, 0.16, 0.365, 0.238)
    return 0.0266 * (k == q) + 9.31 * (k == 0) + 0.134 * (k < q and token(k) == token(q)) + 0.136 * (k < q and lower(k) == lower(q)) + 0.354 * (k >= sentence_start(q)) + 1.45 * decay(q - k, 10.0) + 17.5 * ((k == 0) * decay(q, 32.0)) + 0.297 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 9.09 * (token(k) == 260) + 10.3 * (token(k) == 260 and count(k) == 1) + 1.29 * (token(k) == 216) + 24.6 * (token(k) == 216 and count(k) == 1)
