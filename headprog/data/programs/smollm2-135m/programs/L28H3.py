"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H3
label: first token
source: offline search (seed 0), fitted for L28H3
scores: synthesis_iou=0.7606 heldout_iou=0.7602 heldout_js=0.1921 n_heldout=32 heldout_iou_passage=0.7294 heldout_iou_sentence=0.7909
"""


@program(normalize="weights", fallback="first", head="L28H3", label="first token")
def L28H3(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    key_class = table(word_class(k), 0.155, 0.0537, 0.14, 0.289, 0.179, 0.143, 0.224, 0.265, 0.219, 0.199, 0.049, 0.0487, 0.37)
    first_by_class = table(word_class(q), 5.94, 6.76, 1.05, 0.348, 0.272, 0.267, 0.713, 0.921, 0.339, 4.88, 0.495, 5.06, 0.296)
    self_by_class = table(word_class(q), 0.552, 0.269, 1.21, 5.17, 8.76, 5.31, 2.13, 0.341, 4.19, 0.263, 3.75, 0.86, 5.97)
    prev_by_class = table(word_class(q), 0.264, 0.203, 1.48, 1.7, 10.7, 13.3, 1.17, 2.51, 15.6, 0.232, 5.99, 0.239, 4.79)
    return 8.65 * (k == q) + 292.0 * (k == 0) + 0.222 * (k == last(is_sentence_end, q)) + 0.465 * (k >= sentence_start(q)) + 0.199 * is_sentence_end(k) + 0.37 * is_newline(k) + 6.18 * decay(q - k, 1.0) + 4.08 * decay(q - k, 3.0) + 0.759 * decay(q - k, 10.0) + 2.18 * ((k == 0) * decay(q, 32.0)) + 3.64 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.37 * (token(k) == 1116)
