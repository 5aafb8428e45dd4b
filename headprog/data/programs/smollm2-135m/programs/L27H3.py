"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H3
label: first token
source: offline search (seed 0), fitted for L27H3
scores: synthesis_iou=0.5346 heldout_iou=0.5207 heldout_js=0.3434 n_heldout=32 heldout_iou_passage=0.4667 heldout_iou_sentence=0.5748
"""


@program(normalize="weights", fallback="first", head="L27H3", label="first token")
def L27H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.095, 0.138, 0.0434, 0.0613, 0.1, 0.0393, 0.0729, 0.14, 0.0559, 1.27, 0.0234, 0.0521, 0.191)
    first_by_class = table(word_class(q), 0.397, 6.4, 7.46, 0.29, 7.5, 0.26, 0.282, 0.467, 0.261, 0.236, 6.76, 6.96, 0.271)
    self_by_class = table(word_class(q), 14.6, 3.67, 0.206, 4.17, 0.289, 0.235, 4.1, 0.285, 1.42, 12.4, 0.203, 0.238, 0.384)
    prev_by_class = table(word_class(q), 4.48, 0.242, 0.865, 4.93, 0.214, 5.16, 5.92, 5.25, 5.53, 0.212, 0.205, 6.64, 6.43)
    return 3.99 * (k == q) + 0.715 * (k == q - 1) + 59.3 * (k == 0) + 0.357 * (k >= sentence_start(q)) + 26.1 * decay(q - k, 1.0) + 5.69 * decay(q - k, 3.0) + 4.14 * ((k == 0) * decay(q, 32.0)) + 26.6 * (k == 0 and is_word_start(q)) + 1.3 * (k == q and is_word_start(q)) + 0.245 * (k == prev_occurrence(q) + 1) + 1.21 * (k == last(is_function_word, q)) + 10.5 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
