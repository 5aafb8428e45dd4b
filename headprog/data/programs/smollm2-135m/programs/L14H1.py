"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H1
label: first token
source: offline search (seed 0), fitted for L14H1
scores: synthesis_iou=0.8326 heldout_iou=0.7139 heldout_js=0.2291 n_heldout=32 heldout_iou_passage=0.6037 heldout_iou_sentence=0.8241
"""


@program(normalize="weights", fallback="first", head="L14H1", label="first token")
def L14H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.396, 0.163, 0.18, 0.238, 0.247, 0.551, 0.373, 0.249, 0.385, 2.18, 0.0781, 0.18, 1.41)
    first_by_class = table(word_class(q), 8.0, 3.03, 3.22, 0.699, 3.3, 0.594, 0.54, 0.301, 0.794, 0.58, 4.08, 2.6, 0.366)
    self_by_class = table(word_class(q), 1.69, 2.58, 0.38, 1.06, 0.414, 2.24, 0.872, 4.88, 2.99, 6.13, 0.493, 3.18, 5.72)
    prev_by_class = table(word_class(q), 0.213, 0.47, 0.474, 2.13, 0.922, 4.37, 0.658, 5.1, 2.26, 0.301, 0.258, 0.42, 2.85)
    return 1.55 * (k == q) + 0.227 * (k == q - 2) + 0.232 * (k == q - 3) + 252.0 * (k == 0) + 0.523 * (k < q and token(k) == token(q)) + 0.292 * (k < q and lower(k) == lower(q)) + 0.24 * (k >= sentence_start(q)) + 0.409 * decay(q - k, 3.0) + 0.469 * decay(q - k, 10.0) + 10.4 * ((k == 0) * decay(q, 32.0)) + 26.4 * (k == 0 and is_word_start(q)) + 0.229 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
