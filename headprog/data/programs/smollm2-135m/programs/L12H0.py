"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H0
label: mixed
source: offline search (seed 0), fitted for L12H0
scores: synthesis_iou=0.6142 heldout_iou=0.6068 heldout_js=0.2931 n_heldout=32 heldout_iou_passage=0.5415 heldout_iou_sentence=0.6720
"""


@program(normalize="softmax", fallback="first", head="L12H0", label="mixed")
def L12H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.13, -1.14, -0.108, -0.148, 0.26, 0.458, 0.609, 0.538, -0.348, 0.331, -0.876, 0.0669, 0.493)
    first_by_class = table(word_class(q), 1.32, 2.87, 0.0799, -0.199, 0.301, 0.0993, -0.055, 0.492, 0.029, -0.159, 0.87, 1.88, -1.29)
    self_by_class = table(word_class(q), 0.201, 0.0247, -0.178, 0.0596, -0.384, -0.348, -0.211, 0.0071, -0.251, -0.768, -0.184, -0.228, 0.369)
    prev_by_class = table(word_class(q), 0.304, -0.325, 0.386, 0.391, 1.51, -0.233, 0.182, 0.0536, -0.0249, -0.645, -0.368, 0.378, 0.641)
    return 4.27 * (k == 0) + -1.59 * (k == sentence_start(q)) + 1.57 * (k >= sentence_start(q)) + 0.0848 * is_punct(k) + -0.475 * is_word_start(k) + -0.876 * is_digit(k) + 0.406 * (count(k) == 1) + 0.524 * decay(q - k, 3.0) + 1.17 * decay(q - k, 10.0) + -0.156 * decay(q - k, 30.0) + 0.869 * (k == 0 and is_word_start(q)) + -0.0145 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
