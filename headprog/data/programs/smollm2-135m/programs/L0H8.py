"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H8
label: mixed
source: offline search (seed 0), fitted for L0H8
scores: synthesis_iou=0.6748 heldout_iou=0.6469 heldout_js=0.2422 n_heldout=32 heldout_iou_passage=0.6197 heldout_iou_sentence=0.6742
"""


@program(normalize="softmax", fallback="first", head="L0H8", label="mixed")
def L0H8(q, k):
    """Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.358, -0.247, -0.0219, -0.312, 0.0622, -0.538, 0.97, 0.623, 0.102, 0.276, -0.652, -0.821, 1.34)
    first_by_class = table(word_class(q), -0.206, 0.0444, -0.0321, 0.0561, 0.0402, 0.0749, -0.907, 0.0764, 0.142, -0.279, 0.178, -0.145, -0.0387)
    self_by_class = table(word_class(q), -0.251, -0.338, -0.402, -0.385, -0.358, -0.341, 0.285, 0.208, 0.177, 0.579, 0.354, -0.481, -0.32)
    prev_by_class = table(word_class(q), 0.131, -0.218, -0.124, 0.253, -0.346, -0.253, 0.208, 0.136, -0.285, -0.4, 0.179, 0.143, 0.747)
    return 0.43 * is_punct(k) + 0.568 * is_capitalized(k) + -0.652 * is_digit(k) + -0.0658 * decay(q - k, 3.0) + -0.201 * decay(q - k, 10.0) + 0.673 * decay(q - k, 30.0) + 1.1 * decay(q - k, 100.0) + 0.417 * is_function_word(k) + -3.97 * (rarity(k) / 16.0) + -0.0223 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + -0.262 * (token(k) == 28) + 0.931 * (token(k) == 216)
