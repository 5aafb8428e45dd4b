"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H1
label: mixed
source: offline search (seed 0), fitted for L1H1
scores: synthesis_iou=0.6080 heldout_iou=0.5985 heldout_js=0.2785 n_heldout=32 heldout_iou_passage=0.5688 heldout_iou_sentence=0.6283
"""


@program(normalize="weights", fallback="first", head="L1H1", label="mixed")
def L1H1(q, k):
    """Token sinks: first ','; sink ' of'; sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.141, 0.023, 0.428, 0.08, 0.0605, 0.165, 0.185, 0.148, 1.78, 8.28, 0.0987, 0.0325, 0.277)
    first_by_class = table(word_class(q), 0.165, 0.193, 0.134, 0.255, 0.262, 0.19, 0.152, 0.304, 0.206, 0.252, 0.165, 0.307, 0.267)
    self_by_class = table(word_class(q), 12.3, 0.178, 5.63, 2.09, 10.8, 5.49, 9.92, 3.74, 8.22, 6.41, 0.111, 0.997, 7.31)
    prev_by_class = table(word_class(q), 16.1, 0.0997, 5.2, 7.84, 2.32, 0.229, 0.562, 1.59, 0.169, 0.17, 6.87, 24.9, 4.71)
    return 0.174 * (k == q - 1) + 7.68 * (k == last(is_punct, q)) + 8.28 * is_sentence_end(k) + 5.15 * decay(q - k, 1.0) + 0.231 * decay(q - k, 3.0) + 0.22 * decay(q - k, 10.0) + 2.23 * (k == last(is_function_word, q)) + 3.65 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 6.46 * (token(k) == 28) + 10.6 * (token(k) == 28 and count(k) == 1) + 6.53 * (token(k) == 30) + 1.19 * (token(k) == 282)
