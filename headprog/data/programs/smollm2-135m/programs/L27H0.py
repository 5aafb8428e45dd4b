"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H0
label: first token
source: offline search (seed 0), fitted for L27H0
scores: synthesis_iou=0.6195 heldout_iou=0.5992 heldout_js=0.3099 n_heldout=32 heldout_iou_passage=0.5519 heldout_iou_sentence=0.6464
"""


@program(normalize="weights", fallback="first", head="L27H0", label="first token")
def L27H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.216, 0.545, 0.053, 0.143, 0.0511, 0.0393, 0.215, 0.182, 0.0629, 1.32, 0.0193, 0.152, 0.306)
    first_by_class = table(word_class(q), 2.45, 6.84, 0.675, 0.246, 2.99, 0.624, 0.275, 0.286, 1.88, 0.276, 8.88, 6.89, 0.304)
    self_by_class = table(word_class(q), 14.3, 0.408, 2.04, 8.08, 0.306, 4.66, 5.65, 5.04, 2.51, 15.1, 0.191, 0.229, 5.23)
    prev_by_class = table(word_class(q), 0.717, 0.193, 10.1, 2.0, 0.667, 3.4, 6.63, 5.23, 6.15, 3.45, 0.193, 0.265, 5.68)
    return 8.84 * (k == q) + 0.381 * (k == q - 1) + 191.0 * (k == 0) + 0.769 * (k >= sentence_start(q)) + 3.0 * decay(q - k, 1.0) + 3.73 * decay(q - k, 3.0) + 2.73 * ((k == 0) * decay(q, 32.0)) + 2.64 * (k == 0 and is_word_start(q)) + 5.04 * (k == q and is_word_start(q)) + 0.196 * (k == prev_occurrence(q) + 1) + 0.158 * (k == last(is_function_word, q)) + 0.921 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
