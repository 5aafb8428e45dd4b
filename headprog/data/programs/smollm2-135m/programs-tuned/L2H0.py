"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H0
label: mixed
source: offline search (seed 0), fitted for L2H0
scores: synthesis_iou=0.6312 heldout_iou=0.6013 heldout_js=0.2595 n_heldout=32 heldout_iou_passage=0.5870 heldout_iou_sentence=0.6157
"""


@program(normalize="softmax", fallback="first", head="L2H0", label="mixed")
def L2H0(q, k):
    """Token sinks: first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.239, -0.784, 0.0992, -0.00639, -0.0419, 0.238, 0.568, -0.616, -0.237, 0.831, -0.873, -0.215, 1.26)
    first_by_class = table(word_class(q), 0.341, 0.0846, 0.124, -0.34, -0.579, -0.702, -0.154, -0.226, -0.254, 0.651, 0.463, 0.585, 0.879)
    self_by_class = table(word_class(q), 0.27, 1.0, 0.46, -0.0952, 0.537, -0.133, 0.59, -0.0226, 0.0795, 0.186, 0.0685, 0.579, 0.334)
    prev_by_class = table(word_class(q), 0.187, 0.672, 0.276, 0.076, 0.118, -0.115, -0.182, 0.0901, -0.165, -0.234, -0.249, 0.476, 0.0724)
    return 0.783 * (k == 0) + 0.311 * (k >= sentence_start(q)) + 0.542 * is_punct(k) + -1.43 * decay(q - k, 3.0) + 0.293 * decay(q - k, 10.0) + 1.68 * decay(q - k, 30.0) + 0.462 * (k == 1) + 0.288 * is_function_word(k) + 0.214 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.13 * (token(k) == 28 and count(k) == 1) + 0.198 * (token(k) == 260) + 1.0 * (token(k) == 216)
