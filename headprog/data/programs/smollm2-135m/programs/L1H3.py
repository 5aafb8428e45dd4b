"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H3
label: mixed
source: offline search (seed 0), fitted for L1H3
scores: synthesis_iou=0.6294 heldout_iou=0.5975 heldout_js=0.2669 n_heldout=32 heldout_iou_passage=0.5600 heldout_iou_sentence=0.6349
"""


@program(normalize="softmax", fallback="first", head="L1H3", label="mixed")
def L1H3(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.00419, -0.419, -0.311, -0.166, 0.562, 0.278, 0.798, -0.853, -0.198, 0.546, -1.19, -0.22, 0.896)
    first_by_class = table(word_class(q), -0.483, -0.192, -0.595, -0.358, -0.61, -0.237, -0.337, -0.233, -0.164, 0.0657, -0.72, -0.45, 0.219)
    self_by_class = table(word_class(q), 0.217, 0.652, -0.597, 0.126, 0.402, 1.34, 0.514, 0.114, 0.429, -1.88, 0.549, 0.26, -0.942)
    prev_by_class = table(word_class(q), 0.0054, 0.459, -0.185, -0.142, -0.238, -0.169, 0.343, -0.000888, -0.257, 9.76e-05, 0.677, 0.0482, -0.634)
    return 0.0116 * (k == q - 1) + 0.098 * (k >= sentence_start(q)) + 0.434 * is_punct(k) + 0.546 * is_sentence_end(k) + 0.0573 * is_word_start(k) + 0.348 * decay(q - k, 3.0) + 0.0593 * decay(q - k, 10.0) + 1.17 * decay(q - k, 30.0) + 0.512 * is_function_word(k) + -1.26 * (rarity(k) / 16.0) + 0.173 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.768 * (token(k) == 282)
