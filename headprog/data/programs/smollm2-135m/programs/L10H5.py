"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H5
label: mixed
source: offline search (seed 0), fitted for L10H5
scores: synthesis_iou=0.5543 heldout_iou=0.5052 heldout_js=0.3690 n_heldout=32 heldout_iou_passage=0.4546 heldout_iou_sentence=0.5558
"""


@program(normalize="weights", fallback="first", head="L10H5", label="mixed")
def L10H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00532, 0.00997, 0.0328, 0.0263, 0.0164, 0.0204, 0.0804, 0.0869, 0.0308, 0.108, 0.0141, 0.013, 0.199)
    first_by_class = table(word_class(q), 2.0, 6.73, 1.99, 0.205, 0.895, 0.444, 9.23, 0.245, 1.1, 1.5, 0.224, 4.89, 0.261)
    self_by_class = table(word_class(q), 1.47, 0.0806, 9.48, 3.87, 2.27, 8.7, 5.31, 0.655, 5.21, 15.4, 0.137, 1.26, 6.66)
    prev_by_class = table(word_class(q), 20.5, 0.687, 155.0, 16.3, 0.197, 2.1, 0.188, 6.03, 0.314, 0.159, 0.86, 25.4, 5.39)
    return 0.367 * (k == q) + 0.519 * (k == q - 1) + 5.9 * (k == q - 2) + 7.75 * (k == 0) + 1.8 * (k == last(is_punct, q)) + 1.45 * decay(q - k, 3.0) + 5.52 * (k == last(is_function_word, q)) + 7.25 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 17.6 * (token(k) == 260) + 24.6 * (token(k) == 260 and count(k) == 1) + 2.45 * (token(k) == 216) + 19.8 * (token(k) == 216 and count(k) == 1)
