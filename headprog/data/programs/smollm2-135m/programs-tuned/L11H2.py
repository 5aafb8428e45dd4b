"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H2
label: mixed
source: offline search (seed 0), fitted for L11H2
scores: synthesis_iou=0.6045 heldout_iou=0.5628 heldout_js=0.2936 n_heldout=32 heldout_iou_passage=0.5227 heldout_iou_sentence=0.6030
"""


@program(normalize="softmax", fallback="first", head="L11H2", label="mixed")
def L11H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.534, -1.15, -0.0194, -0.0654, -0.151, 0.142, 0.144, -0.0562, -0.32, 0.951, -1.37, -0.733, 2.74)
    first_by_class = table(word_class(q), 0.659, 0.489, 0.724, -0.0995, 0.189, 0.253, 0.854, 0.211, 0.306, 1.9, 0.352, 0.0711, -0.104)
    self_by_class = table(word_class(q), 0.436, -0.235, 0.303, 0.619, -0.0602, 0.0769, -0.162, 0.0426, -0.128, -0.653, 0.317, 0.765, -1.7)
    prev_by_class = table(word_class(q), 0.253, -0.0151, 0.413, 0.282, -0.119, -0.354, -0.405, 0.263, -0.618, -0.6, -0.435, 1.05, -0.62)
    return -1.07 * (k == q) + -0.322 * (k == q - 1) + 1.58 * (k >= sentence_start(q)) + 0.664 * is_punct(k) + 0.951 * is_sentence_end(k) + 0.37 * is_word_start(k) + -1.18 * decay(q - k, 1.0) + 0.159 * decay(q - k, 3.0) + 2.86 * decay(q - k, 10.0) + 3.65 * decay(q - k, 30.0) + -0.0199 * is_function_word(k) + 0.0422 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
