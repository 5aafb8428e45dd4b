"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H7
label: first token
source: offline search (seed 0), fitted for L15H7
scores: synthesis_iou=0.6166 heldout_iou=0.5488 heldout_js=0.3407 n_heldout=32 heldout_iou_passage=0.4784 heldout_iou_sentence=0.6192
"""


@program(normalize="weights", fallback="first", head="L15H7", label="first token")
def L15H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.472, 1.64, 0.0422, 0.45, 0.0542, 0.0835, 1.07, 0.401, 0.221, 3.0, 0.035, 0.764, 4.01)
    first_by_class = table(word_class(q), 0.711, 4.76, 0.424, 0.372, 0.806, 2.38, 0.508, 2.17, 3.66, 5.73, 5.66, 1.01, 5.25)
    self_by_class = table(word_class(q), 6.21, 0.71, 2.74, 1.03, 0.456, 0.275, 4.97, 0.328, 0.368, 5.71, 0.265, 5.24, 5.16)
    prev_by_class = table(word_class(q), 0.179, 0.215, 4.94, 4.57, 0.417, 0.277, 0.517, 0.726, 0.243, 0.228, 0.223, 0.977, 0.269)
    return 0.088 * (k == q - 1) + 0.174 * (k == q - 2) + 0.463 * (k == q - 3) + 269.0 * (k == 0) + 0.518 * (k == last(is_punct, q) + 1) + 3.2 * (k >= sentence_start(q)) + 3.0 * is_sentence_end(k) + 0.339 * decay(q - k, 3.0) + 8.3 * decay(q - k, 10.0) + 1.61 * ((k == 0) * decay(q, 32.0)) + 1.55 * (k == 0 and is_word_start(q)) + 0.239 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
