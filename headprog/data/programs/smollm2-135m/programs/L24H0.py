"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H0
label: first token
source: offline search (seed 0), fitted for L24H0
scores: synthesis_iou=0.9583 heldout_iou=0.9149 heldout_js=0.1062 n_heldout=32 heldout_iou_passage=0.8575 heldout_iou_sentence=0.9723
"""


@program(normalize="weights", fallback="first", head="L24H0", label="first token")
def L24H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.521, 0.278, 0.529, 0.691, 2.17, 1.19, 0.432, 2.12, 0.128, 0.329, 0.103, 0.124, 0.229)
    first_by_class = table(word_class(q), 3.57, 3.12, 2.54, 2.25, 2.63, 1.39, 1.52, 0.427, 1.41, 0.365, 3.38, 3.42, 1.25)
    self_by_class = table(word_class(q), 0.502, 0.384, 0.509, 0.591, 0.622, 2.95, 2.1, 4.95, 1.71, 4.99, 0.356, 0.367, 0.934)
    prev_by_class = table(word_class(q), 0.475, 0.35, 0.371, 0.418, 0.4, 0.704, 0.448, 4.93, 0.513, 1.91, 0.322, 0.351, 0.931)
    return 0.265 * (k == q - 2) + 2410.0 * (k == 0) + 0.293 * (k >= sentence_start(q)) + 0.111 * is_punct(k) + 0.329 * is_sentence_end(k) + 0.241 * decay(q - k, 1.0) + 0.203 * decay(q - k, 3.0) + 5.06 * ((k == 0) * decay(q, 32.0)) + 14.4 * (k == 0 and is_word_start(q)) + 0.161 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.265 * (k == last(is_function_word, q) + 1) + 3.55 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
