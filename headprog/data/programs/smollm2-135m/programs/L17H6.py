"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H6
label: mixed
source: offline search (seed 0), fitted for L17H6
scores: synthesis_iou=0.7443 heldout_iou=0.7097 heldout_js=0.2202 n_heldout=32 heldout_iou_passage=0.6461 heldout_iou_sentence=0.7733
"""


@program(normalize="softmax", fallback="first", head="L17H6", label="mixed")
def L17H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.268, -0.251, 0.0218, 0.0595, -0.144, -0.0257, 0.0142, -0.184, -0.418, 0.499, -0.458, 0.0872, 0.551)
    first_by_class = table(word_class(q), 0.802, 2.24, -0.0941, -0.268, 0.304, 0.188, -0.652, 0.433, 1.31, 0.23, 2.4, 1.37, -0.179)
    self_by_class = table(word_class(q), 0.29, 0.144, -0.655, -0.482, -0.0806, 0.179, -0.238, -0.0688, 0.113, 0.0366, 0.194, 0.215, 0.648)
    prev_by_class = table(word_class(q), 0.116, -0.324, 0.379, 0.243, 0.222, 0.692, 0.0832, -0.124, 1.08, -0.483, -0.13, 0.0276, 0.324)
    return 5.16 * (k == 0) + -0.597 * (k == sentence_start(q)) + -0.377 * (prev_token(k) == token(q)) + 0.738 * (k >= sentence_start(q)) + -0.342 * is_word_start(k) + -0.458 * is_digit(k) + 0.24 * (count(k) == 1) + 1.08 * decay(q - k, 3.0) + 1.39 * decay(q - k, 10.0) + -1.79 * ((k == 0) * decay(q, 32.0)) + 0.831 * (k == 0 and is_word_start(q)) + -0.07 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
