"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H0
label: mixed
source: offline search (seed 0), fitted for L0H0
scores: synthesis_iou=0.6906 heldout_iou=0.6735 heldout_js=0.2082 n_heldout=32 heldout_iou_passage=0.6501 heldout_iou_sentence=0.6970
"""


@program(normalize="softmax", fallback="first", head="L0H0", label="mixed")
def L0H0(q, k):
    """Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.221, 0.0772, 0.608, 0.135, -0.586, -0.514, 0.131, 0.406, -0.353, -0.234, -0.0848, 0.559, -0.48)
    first_by_class = table(word_class(q), 0.0913, -0.0291, -0.36, -0.0419, -0.26, -0.146, -0.385, -0.0043, 0.0803, -0.461, -0.00817, -0.0239, -0.45)
    self_by_class = table(word_class(q), 0.276, 0.329, 0.217, -0.202, -1.94, -1.3, -0.177, 0.289, -1.17, -1.23, 0.449, 0.312, -0.324)
    prev_by_class = table(word_class(q), 0.0055, 0.112, -0.0172, -0.297, 0.199, 0.0107, 0.00623, -0.279, 0.224, 0.259, 0.213, -0.0121, -0.592)
    return -0.519 * is_punct(k) + -0.615 * is_capitalized(k) + -0.0848 * is_digit(k) + 0.172 * decay(q - k, 3.0) + -0.028 * decay(q - k, 10.0) + 0.261 * decay(q - k, 30.0) + 0.671 * decay(q - k, 100.0) + 0.208 * is_function_word(k) + -1.1 * (rarity(k) / 16.0) + 0.167 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + -0.471 * (token(k) == 28) + -2.01 * (token(k) == 216)
