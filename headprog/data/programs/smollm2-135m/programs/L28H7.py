"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H7
label: mixed
source: offline search (seed 0), fitted for L28H7
scores: synthesis_iou=0.5081 heldout_iou=0.4778 heldout_js=0.3696 n_heldout=32 heldout_iou_passage=0.4491 heldout_iou_sentence=0.5065
"""


@program(normalize="weights", fallback="first", head="L28H7", label="mixed")
def L28H7(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    key_class = table(word_class(k), 0.134, 0.0652, 0.0732, 0.356, 0.147, 0.053, 0.518, 0.163, 0.241, 0.824, 0.0163, 0.0358, 0.526)
    first_by_class = table(word_class(q), 0.131, 10.0, 0.213, 5.37, 0.244, 0.251, 0.259, 0.263, 12.6, 22.1, 0.384, 10.3, 6.77)
    self_by_class = table(word_class(q), 0.121, 0.234, 8.58, 0.912, 4.98, 0.358, 7.76, 0.267, 0.231, 7.4, 0.471, 5.23, 0.235)
    prev_by_class = table(word_class(q), 4.51, 0.182, 13.9, 5.29, 0.178, 1.03, 0.375, 5.56, 0.204, 0.181, 9.59, 2.06, 0.256)
    return 1.15 * (k == q) + 28.1 * (k == 0) + 6.89 * (k == last(is_sentence_end, q)) + 1.12 * (k >= sentence_start(q)) + 0.824 * is_sentence_end(k) + 0.526 * is_newline(k) + 9.58 * decay(q - k, 1.0) + 5.72 * decay(q - k, 3.0) + 0.993 * decay(q - k, 10.0) + 0.297 * ((k == 0) * decay(q, 32.0)) + 0.118 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.526 * (token(k) == 1116)
