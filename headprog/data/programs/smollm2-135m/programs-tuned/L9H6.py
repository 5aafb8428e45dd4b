"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H6
label: mixed
source: offline search (seed 0), fitted for L9H6
scores: synthesis_iou=0.7179 heldout_iou=0.6448 heldout_js=0.2822 n_heldout=32 heldout_iou_passage=0.5426 heldout_iou_sentence=0.7469
"""


@program(normalize="weights", fallback="first", head="L9H6", label="mixed")
def L9H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0217, 0.0257, 0.093, 0.0373, 0.0214, 0.0494, 0.318, 0.0981, 0.07, 0.294, 0.0288, 0.0311, 0.203)
    first_by_class = table(word_class(q), 2.94, 8.81, 1.13, 2.34, 0.328, 1.4, 4.39, 5.08, 0.862, 3.86, 0.276, 5.91, 5.1)
    self_by_class = table(word_class(q), 1.07, 0.214, 4.99, 0.96, 62.3, 4.56, 4.45, 0.283, 0.92, 8.55, 2.47, 0.225, 0.609)
    prev_by_class = table(word_class(q), 0.694, 0.408, 5.42, 0.705, 310.0, 0.29, 0.423, 0.284, 0.163, 0.174, 13.2, 0.253, 4.56)
    return 0.29 * (k == q - 1) + 0.42 * (k == q - 2) + 30.1 * (k == 0) + 0.0552 * (k >= sentence_start(q)) + 0.483 * decay(q - k, 3.0) + 0.0373 * decay(q - k, 10.0) + 20.9 * ((k == 0) * decay(q, 32.0)) + 5.07 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 30.5 * (token(k) == 260) + 28.8 * (token(k) == 260 and count(k) == 1) + 2.86 * (token(k) == 216) + 57.5 * (token(k) == 216 and count(k) == 1)
