"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H4
label: mixed
source: offline search (seed 0), fitted for L25H4
scores: synthesis_iou=0.6206 heldout_iou=0.6010 heldout_js=0.2970 n_heldout=32 heldout_iou_passage=0.5647 heldout_iou_sentence=0.6374
"""


@program(normalize="weights", fallback="first", head="L25H4", label="mixed")
def L25H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0111, 0.0182, 0.0289, 0.043, 0.0637, 0.0411, 0.0645, 0.179, 0.0311, 0.237, 0.0189, 0.0151, 0.148)
    first_by_class = table(word_class(q), 0.589, 3.86, 0.251, 0.294, 6.16, 3.74, 0.296, 0.976, 4.84, 6.22, 0.923, 4.14, 3.97)
    self_by_class = table(word_class(q), 1.32, 0.318, 295.0, 5.77, 0.334, 0.55, 12.2, 2.99, 0.301, 0.236, 0.774, 0.29, 0.686)
    prev_by_class = table(word_class(q), 14.0, 0.198, 493.0, 12.7, 0.256, 0.302, 5.95, 4.07, 0.235, 0.21, 2.2, 0.496, 0.275)
    return 0.808 * (k == q) + 1.45 * (k == q - 1) + 2.4 * (k == q - 2) + 250.0 * (k == 0) + 0.11 * (k >= sentence_start(q)) + 2.11 * decay(q - k, 1.0) + 3.66 * decay(q - k, 3.0) + 2.18 * ((k == 0) * decay(q, 32.0)) + 1.39 * (k == 0 and is_word_start(q)) + 13.4 * (k == q and is_word_start(q)) + 4.5 * (k == last(is_function_word, q)) + 1.49 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
