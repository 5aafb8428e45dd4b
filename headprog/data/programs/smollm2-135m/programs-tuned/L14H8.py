"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H8
label: first token
source: offline search (seed 0), fitted for L14H8
scores: synthesis_iou=0.5553 heldout_iou=0.5306 heldout_js=0.3351 n_heldout=32 heldout_iou_passage=0.4650 heldout_iou_sentence=0.5963
"""


@program(normalize="weights", fallback="first", head="L14H8", label="first token")
def L14H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.383, 1.17, 0.107, 0.425, 0.0521, 0.0512, 0.823, 0.941, 0.164, 3.2, 0.0358, 0.995, 1.7)
    first_by_class = table(word_class(q), 0.95, 12.7, 0.244, 0.26, 0.231, 0.529, 0.25, 0.264, 5.21, 2.98, 6.6, 8.63, 5.35)
    self_by_class = table(word_class(q), 3.01, 0.307, 0.259, 4.71, 0.265, 0.421, 3.72, 0.492, 0.236, 5.33, 0.263, 0.342, 0.387)
    prev_by_class = table(word_class(q), 0.653, 0.206, 8.4, 5.48, 5.82, 4.98, 9.98, 4.67, 1.34, 0.523, 0.228, 0.271, 0.26)
    return 0.253 * (k == q) + 2.0 * (k == q - 2) + 1.44 * (k == q - 3) + 123.0 * (k == 0) + 0.146 * (k < q and token(k) == token(q)) + 0.12 * (k < q and lower(k) == lower(q)) + 2.19 * (k >= sentence_start(q)) + 0.791 * decay(q - k, 3.0) + 3.97 * decay(q - k, 10.0) + 1.27 * ((k == 0) * decay(q, 32.0)) + 0.459 * (k == 0 and is_word_start(q)) + 0.143 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
