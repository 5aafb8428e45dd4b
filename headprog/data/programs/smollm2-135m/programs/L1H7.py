"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H7
label: mixed
source: offline search (seed 0), fitted for L1H7
scores: synthesis_iou=0.6545 heldout_iou=0.6236 heldout_js=0.2616 n_heldout=32 heldout_iou_passage=0.5856 heldout_iou_sentence=0.6617
"""


@program(normalize="softmax", fallback="first", head="L1H7", label="mixed")
def L1H7(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.804, -0.419, 0.269, -0.0918, 0.306, 0.713, -0.132, -1.28, 0.424, 0.368, -1.16, -0.393, 1.97)
    first_by_class = table(word_class(q), 0.313, 0.826, -0.296, -0.276, -0.281, -0.249, -0.521, -0.0683, -0.0727, 0.193, -0.143, 0.628, -0.158)
    self_by_class = table(word_class(q), -0.507, 0.634, -0.26, -0.207, 0.175, -0.377, -0.294, -0.0939, -0.651, -0.889, -0.142, -0.107, -1.06)
    prev_by_class = table(word_class(q), -0.0278, 1.29, -0.0653, -0.0917, -0.344, 0.0254, -0.625, -0.441, 0.126, -0.403, -0.00507, -0.084, 0.786)
    return 0.282 * (k == q - 1) + 0.241 * (k >= sentence_start(q)) + 0.882 * is_punct(k) + 0.368 * is_sentence_end(k) + 0.394 * is_word_start(k) + 0.512 * decay(q - k, 3.0) + 1.33 * decay(q - k, 10.0) + 1.89 * decay(q - k, 30.0) + 0.269 * is_function_word(k) + -1.76 * (rarity(k) / 16.0) + 0.148 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.363 * (token(k) == 282)
