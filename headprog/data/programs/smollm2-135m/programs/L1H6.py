"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H6
label: mixed
source: offline search (seed 0), fitted for L1H6
scores: synthesis_iou=0.5977 heldout_iou=0.5846 heldout_js=0.2937 n_heldout=32 heldout_iou_passage=0.5378 heldout_iou_sentence=0.6314
"""


@program(normalize="softmax", fallback="first", head="L1H6", label="mixed")
def L1H6(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.582, -1.06, 0.274, -0.33, 0.355, 0.897, 0.0377, -1.23, 0.394, 0.447, -0.957, -0.549, 2.02)
    first_by_class = table(word_class(q), 0.554, 0.884, -0.0282, -0.0396, -0.506, 0.33, -0.0106, 0.0996, 0.205, 0.723, 0.451, 0.613, -0.484)
    self_by_class = table(word_class(q), -0.104, 0.92, -0.185, 0.446, -0.592, 0.187, -0.138, 0.315, -0.798, -1.2, -0.24, 0.152, -0.107)
    prev_by_class = table(word_class(q), -1.09, 0.565, -0.474, -0.93, 3.86, -0.541, -1.43, -0.726, -0.834, -1.66, -1.3, -1.22, -1.77)
    return 1.25 * (k == q - 1) + 0.318 * (k >= sentence_start(q)) + 0.913 * is_punct(k) + 0.447 * is_sentence_end(k) + 0.107 * is_word_start(k) + 1.33 * decay(q - k, 3.0) + 0.661 * decay(q - k, 10.0) + 1.08 * decay(q - k, 30.0) + 0.371 * is_function_word(k) + -1.87 * (rarity(k) / 16.0) + 0.183 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.421 * (token(k) == 282)
