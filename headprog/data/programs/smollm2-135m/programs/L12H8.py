"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H8
label: first token
source: offline search (seed 0), fitted for L12H8
scores: synthesis_iou=0.7091 heldout_iou=0.6329 heldout_js=0.2978 n_heldout=32 heldout_iou_passage=0.5572 heldout_iou_sentence=0.7086
"""


@program(normalize="weights", fallback="first", head="L12H8", label="first token")
def L12H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.145, 0.238, 0.143, 0.128, 0.101, 0.211, 0.982, 0.276, 0.34, 9.04, 0.104, 0.155, 1.8)
    first_by_class = table(word_class(q), 4.42, 4.63, 2.48, 1.24, 3.21, 0.273, 0.998, 1.77, 0.782, 0.693, 4.88, 3.6, 3.39)
    self_by_class = table(word_class(q), 1.14, 0.368, 0.561, 0.995, 0.346, 3.9, 2.62, 0.342, 1.42, 4.28, 0.294, 1.42, 0.975)
    prev_by_class = table(word_class(q), 0.136, 0.233, 0.314, 0.751, 0.303, 5.26, 0.331, 0.405, 0.365, 0.336, 0.242, 0.279, 0.291)
    return 0.394 * (k == q) + 0.0699 * (k == q - 1) + 0.469 * (k == q - 2) + 544.0 * (k == 0) + 1.47 * (k == last(is_punct, q)) + 0.0982 * (k == last(is_word_start, q)) + 1.45 * (k >= sentence_start(q)) + 0.214 * decay(q - k, 3.0) + 3.45 * decay(q - k, 10.0) + 9.07 * ((k == 0) * decay(q, 32.0)) + 23.6 * (k == 0 and is_word_start(q)) + 7.15 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
