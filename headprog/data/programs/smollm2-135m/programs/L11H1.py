"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H1
label: mixed
source: offline search (seed 0), fitted for L11H1
scores: synthesis_iou=0.7100 heldout_iou=0.6913 heldout_js=0.2331 n_heldout=32 heldout_iou_passage=0.6772 heldout_iou_sentence=0.7055
"""


@program(normalize="softmax", fallback="first", head="L11H1", label="mixed")
def L11H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.219, -0.000598, -0.36, -0.0947, -0.0107, 0.378, -0.145, -0.681, -0.134, 0.437, 0.0218, -0.39, 1.25)
    first_by_class = table(word_class(q), 0.486, 1.16, -0.463, -0.00197, 0.146, -0.0438, -0.181, -0.0705, -0.186, -0.0753, 0.494, 0.498, 0.222)
    self_by_class = table(word_class(q), -0.438, -2.56, -0.431, -0.42, -0.178, 0.033, 0.0496, -0.446, 0.606, 0.573, -2.33, -0.187, -0.974)
    prev_by_class = table(word_class(q), 0.35, -2.38, -0.156, -0.137, -0.014, 0.904, 0.276, -0.172, 0.922, -0.0229, -1.84, 0.917, 0.972)
    return -3.26 * (k == q) + 0.267 * (k == q - 1) + 1.03 * (k >= sentence_start(q)) + 0.353 * is_punct(k) + 0.437 * is_sentence_end(k) + 0.491 * is_word_start(k) + 1.79 * decay(q - k, 1.0) + 5.03 * decay(q - k, 3.0) + 3.51 * decay(q - k, 10.0) + 1.99 * decay(q - k, 30.0) + -0.435 * is_function_word(k) + -0.209 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
