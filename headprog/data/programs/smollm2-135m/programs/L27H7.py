"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H7
label: first token
source: offline search (seed 0), fitted for L27H7
scores: synthesis_iou=0.6951 heldout_iou=0.6879 heldout_js=0.2322 n_heldout=32 heldout_iou_passage=0.6861 heldout_iou_sentence=0.6897
"""


@program(normalize="weights", fallback="first", head="L27H7", label="first token")
def L27H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00991, 0.0291, 0.03, 0.0602, 0.0255, 0.0481, 0.167, 0.215, 0.0487, 0.734, 0.0254, 0.0255, 0.469)
    first_by_class = table(word_class(q), 2.27, 0.937, 3.14, 2.76, 2.05, 1.97, 0.961, 0.665, 5.54, 2.57, 4.96, 2.5, 4.11)
    self_by_class = table(word_class(q), 12.0, 7.64, 2.83, 1.07, 2.23, 2.23, 4.64, 5.02, 0.288, 9.79, 0.348, 8.29, 0.294)
    prev_by_class = table(word_class(q), 0.988, 0.355, 0.851, 1.21, 2.36, 1.0, 3.46, 5.08, 0.286, 0.337, 0.288, 1.08, 0.324)
    return 8.62 * (k == q) + 0.195 * (k == q - 1) + 311.0 * (k == 0) + 1.44 * (k >= sentence_start(q)) + 1.73 * decay(q - k, 1.0) + 2.22 * decay(q - k, 3.0) + 6.31 * ((k == 0) * decay(q, 32.0)) + 31.4 * (k == 0 and is_word_start(q)) + 3.6 * (k == q and is_word_start(q)) + 0.0946 * (k == prev_occurrence(q) + 1) + 0.289 * (k == last(is_function_word, q)) + 1290.0 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
