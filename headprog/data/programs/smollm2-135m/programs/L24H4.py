"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H4
label: first token
source: offline search (seed 0), fitted for L24H4
scores: synthesis_iou=0.6649 heldout_iou=0.6194 heldout_js=0.2920 n_heldout=32 heldout_iou_passage=0.5444 heldout_iou_sentence=0.6944
"""


@program(normalize="weights", fallback="first", head="L24H4", label="first token")
def L24H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.1, 1.05, 0.421, 0.274, 0.283, 0.284, 0.251, 0.215, 0.101, 0.466, 0.0493, 1.64, 0.13)
    first_by_class = table(word_class(q), 2.34, 5.02, 0.497, 1.53, 0.379, 0.382, 0.871, 0.759, 0.627, 0.246, 5.58, 4.63, 4.22)
    self_by_class = table(word_class(q), 14.5, 2.09, 0.316, 0.331, 0.49, 0.454, 0.504, 1.5, 0.561, 1.09, 0.24, 1.27, 0.273)
    prev_by_class = table(word_class(q), 0.941, 0.406, 0.631, 0.536, 4.2, 18.6, 2.46, 0.69, 35.6, 0.817, 0.222, 0.299, 0.272)
    return 1.25 * (k == q - 2) + 301.0 * (k == 0) + 1.98 * (k >= sentence_start(q)) + 0.0962 * is_punct(k) + 0.466 * is_sentence_end(k) + 0.465 * decay(q - k, 1.0) + 2.3 * decay(q - k, 3.0) + 1.82 * ((k == 0) * decay(q, 32.0)) + 3.17 * (k == 0 and is_word_start(q)) + 0.129 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 4.59 * (k == last(is_function_word, q) + 1) + 0.554 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
