"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H7
label: first token
source: offline search (seed 0), fitted for L14H7
scores: synthesis_iou=0.6661 heldout_iou=0.6325 heldout_js=0.2692 n_heldout=32 heldout_iou_passage=0.5561 heldout_iou_sentence=0.7088
"""


@program(normalize="weights", fallback="first", head="L14H7", label="first token")
def L14H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.354, 0.719, 0.127, 0.549, 0.0626, 0.113, 0.988, 0.241, 0.189, 5.32, 0.0387, 0.722, 3.87)
    first_by_class = table(word_class(q), 0.439, 8.32, 0.405, 0.268, 0.31, 0.283, 0.282, 1.1, 1.44, 6.35, 8.1, 6.66, 5.45)
    self_by_class = table(word_class(q), 4.97, 0.958, 0.2, 4.16, 0.448, 3.05, 4.6, 0.275, 0.441, 7.01, 0.241, 2.62, 5.22)
    prev_by_class = table(word_class(q), 0.279, 0.206, 7.69, 6.08, 6.08, 4.74, 4.84, 3.55, 0.392, 0.213, 0.208, 0.281, 0.261)
    return 1.51 * (k == q) + 1.01 * (k == q - 2) + 0.749 * (k == q - 3) + 94.5 * (k == 0) + 0.175 * (k < q and token(k) == token(q)) + 0.125 * (k < q and lower(k) == lower(q)) + 1.08 * (k >= sentence_start(q)) + 0.972 * decay(q - k, 3.0) + 2.77 * decay(q - k, 10.0) + 0.823 * ((k == 0) * decay(q, 32.0)) + 0.474 * (k == 0 and is_word_start(q)) + 0.379 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
