"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H8
label: first token
source: offline search (seed 0), fitted for L15H8
scores: synthesis_iou=0.7697 heldout_iou=0.7049 heldout_js=0.2324 n_heldout=32 heldout_iou_passage=0.6224 heldout_iou_sentence=0.7875
"""


@program(normalize="weights", fallback="first", head="L15H8", label="first token")
def L15H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.8, 2.84, 0.15, 1.35, 0.196, 0.428, 1.54, 1.34, 0.545, 3.93, 0.0419, 1.15, 5.28)
    first_by_class = table(word_class(q), 0.453, 5.13, 0.518, 0.279, 2.2, 5.09, 0.285, 2.8, 5.48, 6.11, 6.03, 2.85, 5.3)
    self_by_class = table(word_class(q), 0.115, 0.195, 0.251, 0.514, 0.183, 0.238, 2.2, 0.273, 0.217, 0.244, 0.206, 0.228, 4.31)
    prev_by_class = table(word_class(q), 0.258, 0.207, 1.52, 4.95, 0.206, 0.249, 2.22, 1.75, 0.222, 0.222, 0.211, 0.949, 0.269)
    return 0.075 * (k == q - 1) + 0.196 * (k == q - 2) + 0.827 * (k == q - 3) + 356.0 * (k == 0) + 0.678 * (k == last(is_punct, q) + 1) + 0.415 * (k >= sentence_start(q)) + 3.93 * is_sentence_end(k) + 0.0777 * decay(q - k, 3.0) + 6.67 * decay(q - k, 10.0) + 1.56 * ((k == 0) * decay(q, 32.0)) + 1.22 * (k == 0 and is_word_start(q)) + 0.162 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
