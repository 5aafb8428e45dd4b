"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H7
label: first token
source: offline search (seed 0), fitted for L24H7
scores: synthesis_iou=0.7944 heldout_iou=0.7250 heldout_js=0.2292 n_heldout=32 heldout_iou_passage=0.6250 heldout_iou_sentence=0.8250
"""


@program(normalize="weights", fallback="first", head="L24H7", label="first token")
def L24H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.467, 0.613, 0.263, 0.491, 0.305, 0.578, 0.27, 0.207, 0.273, 2.49, 0.0555, 0.356, 0.548)
    first_by_class = table(word_class(q), 3.14, 4.77, 1.18, 0.669, 1.96, 0.566, 0.743, 0.458, 0.859, 0.32, 2.44, 4.7, 0.832)
    self_by_class = table(word_class(q), 1.02, 0.923, 0.388, 2.4, 0.404, 4.07, 1.89, 0.588, 4.59, 4.36, 0.395, 0.386, 5.23)
    prev_by_class = table(word_class(q), 0.243, 0.224, 0.287, 2.3, 0.582, 81.3, 1.13, 2.71, 20.3, 2.83, 0.252, 0.25, 0.605)
    return 0.455 * (k == q - 2) + 247.0 * (k == 0) + 0.828 * (k >= sentence_start(q)) + 0.364 * is_punct(k) + 2.49 * is_sentence_end(k) + 0.238 * decay(q - k, 1.0) + 0.695 * decay(q - k, 3.0) + 2.78 * ((k == 0) * decay(q, 32.0)) + 12.5 * (k == 0 and is_word_start(q)) + 0.176 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.377 * (k == last(is_function_word, q) + 1) + 1.34 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
