"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H2
label: first token
source: offline search (seed 0), fitted for L16H2
scores: synthesis_iou=0.5773 heldout_iou=0.5639 heldout_js=0.3003 n_heldout=32 heldout_iou_passage=0.5241 heldout_iou_sentence=0.6037
"""


@program(normalize="weights", fallback="first", head="L16H2", label="first token")
def L16H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.125, 0.111, 0.0213, 0.0531, 0.0318, 0.0423, 0.0492, 0.158, 0.032, 0.0615, 0.0346, 0.068, 0.078)
    first_by_class = table(word_class(q), 7.06, 15.9, 5.3, 1.67, 0.399, 0.24, 0.722, 5.04, 0.252, 0.265, 1.22, 7.19, 5.54)
    self_by_class = table(word_class(q), 5.18, 0.31, 0.199, 0.304, 0.207, 0.244, 0.409, 0.271, 0.225, 0.24, 0.248, 1.58, 0.269)
    prev_by_class = table(word_class(q), 0.197, 0.238, 0.442, 2.96, 7.52, 13.6, 4.74, 0.28, 13.9, 0.268, 0.37, 0.274, 0.262)
    return 0.123 * (k == q) + 6.43 * (k == q - 1) + 16.3 * (k == q - 2) + 102.0 * (k == 0) + 12.8 * (k == last(is_word_start, q)) + 1.95 * (k >= sentence_start(q)) + 0.294 * decay(q - k, 1.0) + 25.7 * decay(q - k, 3.0) + 0.305 * decay(q - k, 10.0) + 1.85 * ((k == 0) * decay(q, 32.0)) + 79.2 * (k == 0 and is_word_start(q)) + 0.0959 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
