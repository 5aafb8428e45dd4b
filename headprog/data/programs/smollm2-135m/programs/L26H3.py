"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H3
label: first token
source: offline search (seed 0), fitted for L26H3
scores: synthesis_iou=0.9536 heldout_iou=0.9180 heldout_js=0.1030 n_heldout=32 heldout_iou_passage=0.8686 heldout_iou_sentence=0.9673
"""


@program(normalize="weights", fallback="first", head="L26H3", label="first token")
def L26H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.547, 0.303, 0.308, 1.49, 0.506, 0.259, 1.32, 0.911, 0.172, 0.498, 0.0634, 0.126, 0.392)
    first_by_class = table(word_class(q), 4.77, 3.58, 2.28, 2.32, 2.24, 1.51, 2.51, 1.26, 2.45, 0.375, 3.68, 3.68, 0.34)
    self_by_class = table(word_class(q), 0.365, 0.361, 0.722, 0.548, 0.712, 1.46, 0.504, 2.26, 0.65, 5.43, 0.299, 0.321, 5.11)
    prev_by_class = table(word_class(q), 0.286, 0.311, 0.463, 0.401, 0.635, 1.46, 0.433, 1.11, 0.427, 1.3, 0.294, 0.326, 3.54)
    return 0.255 * (k == q) + 0.222 * (k == q - 2) + 1840.0 * (k == 0) + 0.255 * (k == last(is_punct, q)) + 0.316 * (k == last(is_punct, q) + 1) + 0.145 * (k >= sentence_start(q)) + 0.162 * decay(q - k, 1.0) + 0.147 * decay(q - k, 3.0) + 6.33 * ((k == 0) * decay(q, 32.0)) + 20.9 * (k == 0 and is_word_start(q)) + 0.289 * (k == q and is_word_start(q)) + 3.71 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
