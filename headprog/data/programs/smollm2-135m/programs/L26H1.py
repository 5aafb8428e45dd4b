"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H1
label: first token
source: offline search (seed 0), fitted for L26H1
scores: synthesis_iou=0.9202 heldout_iou=0.8559 heldout_js=0.1461 n_heldout=32 heldout_iou_passage=0.7827 heldout_iou_sentence=0.9292
"""


@program(normalize="weights", fallback="first", head="L26H1", label="first token")
def L26H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.533, 0.33, 0.732, 1.25, 0.202, 0.217, 0.188, 0.743, 0.105, 0.885, 0.454, 0.562, 0.175)
    first_by_class = table(word_class(q), 3.91, 3.63, 1.9, 2.14, 2.63, 1.11, 1.87, 0.826, 1.59, 0.368, 4.16, 3.96, 0.348)
    self_by_class = table(word_class(q), 0.772, 0.43, 1.39, 0.528, 0.98, 2.58, 0.806, 0.81, 1.24, 7.76, 0.29, 0.363, 4.97)
    prev_by_class = table(word_class(q), 0.49, 0.282, 0.343, 0.385, 0.343, 5.03, 0.394, 0.885, 1.04, 3.82, 0.277, 0.312, 5.09)
    return 0.646 * (k == q) + 0.241 * (k == q - 2) + 956.0 * (k == 0) + 0.207 * (k == last(is_punct, q)) + 0.237 * (k == last(is_punct, q) + 1) + 0.188 * (k >= sentence_start(q)) + 0.267 * decay(q - k, 1.0) + 0.207 * decay(q - k, 3.0) + 5.2 * ((k == 0) * decay(q, 32.0)) + 17.3 * (k == 0 and is_word_start(q)) + 0.592 * (k == q and is_word_start(q)) + 3.34 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
