"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H3
label: first token
source: offline search (seed 0), fitted for L15H3
scores: synthesis_iou=0.6974 heldout_iou=0.6264 heldout_js=0.2584 n_heldout=32 heldout_iou_passage=0.5640 heldout_iou_sentence=0.6888
"""


@program(normalize="weights", fallback="first", head="L15H3", label="first token")
def L15H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.303, 0.818, 0.208, 0.278, 0.0544, 0.317, 1.04, 0.624, 0.62, 1.74, 0.0549, 0.673, 3.36)
    first_by_class = table(word_class(q), 0.525, 0.276, 3.16, 1.59, 5.95, 1.51, 0.287, 0.277, 4.94, 7.01, 5.28, 0.307, 5.39)
    self_by_class = table(word_class(q), 0.997, 4.56, 1.17, 0.987, 0.212, 3.49, 5.41, 3.81, 1.55, 3.42, 0.239, 4.65, 1.0)
    prev_by_class = table(word_class(q), 1.9, 3.67, 2.26, 2.64, 0.227, 0.757, 5.58, 4.84, 0.265, 0.231, 0.201, 6.01, 0.262)
    return 0.326 * (k == q - 1) + 1.48 * (k == q - 2) + 0.782 * (k == q - 3) + 77.0 * (k == 0) + 0.893 * (k == last(is_punct, q) + 1) + 0.567 * (k >= sentence_start(q)) + 1.74 * is_sentence_end(k) + 1.64 * decay(q - k, 3.0) + 1.76 * decay(q - k, 10.0) + 0.625 * ((k == 0) * decay(q, 32.0)) + 2.11 * (k == 0 and is_word_start(q)) + 0.159 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
