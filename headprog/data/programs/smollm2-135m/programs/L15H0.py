"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H0
label: first token
source: offline search (seed 0), fitted for L15H0
scores: synthesis_iou=0.7244 heldout_iou=0.6825 heldout_js=0.2317 n_heldout=32 heldout_iou_passage=0.6549 heldout_iou_sentence=0.7102
"""


@program(normalize="weights", fallback="first", head="L15H0", label="first token")
def L15H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0641, 0.0574, 0.0624, 0.0882, 0.0443, 0.0715, 0.143, 0.225, 0.0983, 0.385, 0.0306, 0.0601, 0.251)
    first_by_class = table(word_class(q), 3.52, 7.27, 2.32, 0.343, 2.46, 0.254, 0.272, 0.276, 0.249, 0.242, 5.81, 4.0, 0.294)
    self_by_class = table(word_class(q), 5.1, 0.262, 0.269, 4.33, 0.243, 1.27, 2.65, 1.51, 1.22, 7.15, 0.249, 0.671, 6.15)
    prev_by_class = table(word_class(q), 4.03, 0.233, 0.443, 4.06, 1.15, 7.69, 5.28, 5.02, 7.09, 4.41, 0.24, 2.15, 5.35)
    return 2.68 * (k == q - 1) + 4.62 * (k == q - 2) + 3.11 * (k == q - 3) + 170.0 * (k == 0) + 0.429 * (k == last(is_punct, q) + 1) + 0.917 * (k >= sentence_start(q)) + 0.385 * is_sentence_end(k) + 5.04 * decay(q - k, 3.0) + 1.16 * decay(q - k, 10.0) + 1.55 * ((k == 0) * decay(q, 32.0)) + 124.0 * (k == 0 and is_word_start(q)) + 0.952 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
