"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H2
label: mixed
source: offline search (seed 0), fitted for L1H2
scores: synthesis_iou=0.6949 heldout_iou=0.6506 heldout_js=0.2711 n_heldout=32 heldout_iou_passage=0.5984 heldout_iou_sentence=0.7029
"""


@program(normalize="softmax", fallback="first", head="L1H2", label="mixed")
def L1H2(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.139, -1.03, 0.485, -0.0918, 0.15, -0.424, 0.209, -0.873, 0.273, 1.02, -0.314, -0.27, 0.375)
    first_by_class = table(word_class(q), 0.266, -0.785, 0.0289, 0.0134, -0.471, 0.0895, 0.425, 0.0116, 0.0204, 0.0722, -0.54, 0.0241, 0.409)
    self_by_class = table(word_class(q), -0.196, -1.42, -0.406, -0.339, 0.0451, 0.466, -0.117, 0.0459, -0.149, -1.4, -2.88, -0.527, 0.485)
    prev_by_class = table(word_class(q), 0.519, -2.43, 1.86, 1.31, 1.19, 0.914, 0.645, -0.193, 0.973, -0.00425, -1.53, 0.387, -1.42)
    return 1.82 * (k == q - 1) + 0.927 * (k >= sentence_start(q)) + 1.2 * is_punct(k) + 1.02 * is_sentence_end(k) + -0.513 * is_word_start(k) + 4.08 * decay(q - k, 3.0) + 1.01 * decay(q - k, 10.0) + -0.48 * decay(q - k, 30.0) + -0.0614 * is_function_word(k) + 0.404 * (rarity(k) / 16.0) + 0.205 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.197 * (token(k) == 282)
