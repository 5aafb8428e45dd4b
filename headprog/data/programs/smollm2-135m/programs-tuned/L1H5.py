"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H5
label: mixed
source: offline search (seed 0), fitted for L1H5
scores: synthesis_iou=0.6053 heldout_iou=0.5788 heldout_js=0.2866 n_heldout=32 heldout_iou_passage=0.5450 heldout_iou_sentence=0.6126
"""


@program(normalize="softmax", fallback="first", head="L1H5", label="mixed")
def L1H5(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.358, -0.65, -0.0732, -0.419, 0.573, 0.205, 0.576, -0.0908, -0.285, 0.651, -0.958, -0.374, 1.23)
    first_by_class = table(word_class(q), -0.0284, -0.143, -0.819, -0.216, -0.339, -0.165, -0.47, -0.0369, 0.26, 0.297, -0.482, -0.0387, 0.945)
    self_by_class = table(word_class(q), 0.159, 0.42, -0.438, -0.259, 0.336, 0.157, 0.658, 0.719, 0.099, -1.14, 0.418, -0.587, -0.338)
    prev_by_class = table(word_class(q), -0.373, 0.0497, -0.15, 0.439, 0.636, 1.7, 1.06, 1.41, -0.819, -0.944, -0.081, -0.778, -1.27)
    return 0.518 * (k == q - 1) + 0.382 * (k >= sentence_start(q)) + 0.507 * is_punct(k) + 0.651 * is_sentence_end(k) + -0.12 * is_word_start(k) + 1.11 * decay(q - k, 3.0) + 0.536 * decay(q - k, 10.0) + 0.915 * decay(q - k, 30.0) + 0.831 * is_function_word(k) + -2.07 * (rarity(k) / 16.0) + 0.262 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.553 * (token(k) == 282)
