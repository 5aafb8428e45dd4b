"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H4
label: mixed
source: offline search (seed 0), fitted for L12H4
scores: synthesis_iou=0.5505 heldout_iou=0.5249 heldout_js=0.3374 n_heldout=32 heldout_iou_passage=0.4589 heldout_iou_sentence=0.5908
"""


@program(normalize="softmax", fallback="first", head="L12H4", label="mixed")
def L12H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.754, 0.944, -0.27, -0.332, -0.157, -0.139, -0.0567, -0.871, -0.483, 0.269, -0.139, 0.363, -0.283)
    first_by_class = table(word_class(q), 1.73, 2.79, -0.564, 0.0668, 0.0528, -0.973, -1.39, 0.16, -0.176, -1.8, 1.63, 1.98, -1.7)
    self_by_class = table(word_class(q), -0.429, 0.188, -1.01, -0.607, -0.316, -0.209, -1.22, -0.167, -0.00988, -1.68, 0.168, 0.464, 0.117)
    prev_by_class = table(word_class(q), 0.201, 1.07, 0.0341, -0.155, 0.613, 1.42, 0.574, 0.127, 1.27, 0.061, -0.204, 0.137, 0.725)
    return 3.52 * (k == 0) + -1.25 * (k == sentence_start(q)) + 1.19 * (k >= sentence_start(q)) + -0.147 * is_punct(k) + 0.0883 * is_word_start(k) + -0.139 * is_digit(k) + 0.536 * (count(k) == 1) + 1.37 * decay(q - k, 3.0) + 1.17 * decay(q - k, 10.0) + 0.296 * decay(q - k, 30.0) + 0.567 * (k == 0 and is_word_start(q)) + -0.114 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
