"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H0
label: first token
source: offline search (seed 0), fitted for L19H0
scores: synthesis_iou=0.8716 heldout_iou=0.8101 heldout_js=0.1487 n_heldout=32 heldout_iou_passage=0.7130 heldout_iou_sentence=0.9072
"""


@program(normalize="weights", fallback="first", head="L19H0", label="first token")
def L19H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.908, 0.196, 0.463, 0.489, 0.829, 1.34, 0.45, 0.727, 0.657, 2.58, 0.108, 0.171, 2.55)
    first_by_class = table(word_class(q), 1.18, 10.6, 4.68, 1.59, 0.62, 1.6, 0.396, 0.47, 1.57, 0.319, 7.84, 7.81, 0.285)
    self_by_class = table(word_class(q), 1.95, 0.215, 0.279, 1.37, 1.56, 2.67, 0.477, 0.58, 0.85, 6.91, 0.231, 0.257, 5.36)
    prev_by_class = table(word_class(q), 0.643, 0.186, 0.345, 0.632, 2.24, 0.437, 0.706, 1.07, 0.364, 4.25, 0.205, 0.234, 5.13)
    return 0.269 * (k == q) + 0.124 * (k == q - 1) + 0.378 * (k == q - 2) + 268.0 * (k == 0) + 0.121 * (k == last(is_word_start, q)) + 0.701 * (k >= sentence_start(q)) + 0.208 * decay(q - k, 1.0) + 1.51 * decay(q - k, 3.0) + 0.47 * decay(q - k, 10.0) + 10.6 * ((k == 0) * decay(q, 32.0)) + 1.6 * (k == 0 and is_word_start(q)) + 0.464 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
