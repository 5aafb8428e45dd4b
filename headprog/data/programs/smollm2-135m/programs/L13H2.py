"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H2
label: mixed
source: offline search (seed 0), fitted for L13H2
scores: synthesis_iou=0.5505 heldout_iou=0.4928 heldout_js=0.3683 n_heldout=32 heldout_iou_passage=0.4549 heldout_iou_sentence=0.5306
"""


@program(normalize="softmax", fallback="first", head="L13H2", label="mixed")
def L13H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.313, -1.76, 0.134, 0.035, 0.293, -0.157, 0.0101, -0.0252, -0.0901, 0.452, -0.616, -0.00906, 1.52)
    first_by_class = table(word_class(q), -0.341, -0.174, 0.957, 1.01, 0.198, 0.128, 1.31, 1.21, 0.8, 3.54, 0.281, -0.919, 1.24)
    self_by_class = table(word_class(q), -0.349, -0.84, -0.169, 0.939, -1.04, -0.588, 0.0949, 0.0804, -1.14, 0.548, -0.502, -0.24, 0.245)
    prev_by_class = table(word_class(q), 0.125, -1.82, 0.31, 0.401, -0.991, -1.19, -0.299, -0.369, -1.85, -1.46, -1.05, 0.682, 0.179)
    return -2.2 * (k == q) + 4.64 * (k == 0) + -1.74 * (k == sentence_start(q)) + 1.54 * (k >= sentence_start(q)) + 0.13 * is_word_start(k) + -0.445 * is_capitalized(k) + -0.616 * is_digit(k) + 3.4 * decay(q - k, 3.0) + 2.54 * decay(q - k, 10.0) + -0.524 * decay(q - k, 30.0) + 1.51 * (k == 0 and is_word_start(q)) + 0.16 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
