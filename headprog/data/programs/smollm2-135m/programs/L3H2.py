"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H2
label: previous token
source: offline search (seed 0), fitted for L3H2
scores: synthesis_iou=0.7426 heldout_iou=0.6453 heldout_js=0.2807 n_heldout=32 heldout_iou_passage=0.5498 heldout_iou_sentence=0.7409
"""


@program(normalize="weights", fallback="first", head="L3H2", label="previous token")
def L3H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00474, 0.00775, 0.0106, 0.0172, 0.00812, 0.0156, 0.0362, 0.0787, 0.0249, 0.0349, 0.0131, 0.0136, 0.0602)
    first_by_class = table(word_class(q), 7.56, 0.485, 0.316, 0.819, 3.77, 3.34, 0.625, 5.01, 5.28, 0.489, 0.751, 5.68, 0.621)
    self_by_class = table(word_class(q), 2.1, 9.29, 1.01, 0.363, 0.702, 3.55, 1.17, 4.87, 2.1, 2.14, 6.08, 1.51, 1.72)
    prev_by_class = table(word_class(q), 1.07, 688.0, 1.3, 0.631, 3.5, 1.85, 0.783, 7.28, 1.45, 0.185, 193.0, 1.64, 1.76)
    return 0.401 * (k == q - 2) + 26.8 * (k == 0) + 0.00603 * (k >= sentence_start(q)) + 0.0443 * decay(q - k, 3.0) + 0.00738 * decay(q - k, 10.0) + 0.275 * (k == 1) + 14.2 * ((k == 0) * decay(q, 32.0)) + 9.11 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 32.5 * (token(k) == 260) + 33.9 * (token(k) == 260 and count(k) == 1) + 1.61 * (token(k) == 216) + 68.2 * (token(k) == 216 and count(k) == 1)
