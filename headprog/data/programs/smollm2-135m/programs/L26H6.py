"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H6
label: first token
source: offline search (seed 0), fitted for L26H6
scores: synthesis_iou=0.7743 heldout_iou=0.7221 heldout_js=0.2207 n_heldout=32 heldout_iou_passage=0.6581 heldout_iou_sentence=0.7861
"""


@program(normalize="weights", fallback="first", head="L26H6", label="first token")
def L26H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0243, 0.0273, 0.0689, 0.0696, 0.0217, 0.0509, 0.232, 0.228, 0.0706, 2.11, 0.0201, 0.0224, 2.45)
    first_by_class = table(word_class(q), 0.904, 2.05, 4.68, 1.95, 4.58, 3.82, 0.447, 1.51, 3.33, 0.599, 3.38, 3.64, 3.8)
    self_by_class = table(word_class(q), 3.05, 1.65, 0.327, 6.8, 0.235, 0.307, 9.96, 1.09, 0.65, 16.1, 0.331, 0.312, 0.277)
    prev_by_class = table(word_class(q), 3.77, 0.234, 0.24, 5.89, 0.237, 0.267, 7.49, 1.86, 0.278, 0.318, 0.326, 0.382, 0.277)
    return 1.42 * (k == q) + 0.306 * (k == q - 2) + 599.0 * (k == 0) + 5.75 * (k == last(is_punct, q)) + 2.32 * (k == last(is_punct, q) + 1) + 0.566 * (k >= sentence_start(q)) + 0.546 * decay(q - k, 1.0) + 0.97 * decay(q - k, 3.0) + 4.34 * ((k == 0) * decay(q, 32.0)) + 20.0 * (k == 0 and is_word_start(q)) + 0.537 * (k == q and is_word_start(q)) + 14.5 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
