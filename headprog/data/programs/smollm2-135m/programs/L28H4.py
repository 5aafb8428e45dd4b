"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H4
label: first token
source: offline search (seed 0), fitted for L28H4
scores: synthesis_iou=0.7857 heldout_iou=0.7502 heldout_js=0.2043 n_heldout=32 heldout_iou_passage=0.6890 heldout_iou_sentence=0.8113
"""


@program(normalize="weights", fallback="first", head="L28H4", label="first token")
def L28H4(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    key_class = table(word_class(k), 0.0882, 0.064, 0.0686, 0.104, 0.0701, 0.0666, 0.147, 0.179, 0.0851, 0.315, 0.0668, 0.0428, 1.87)
    first_by_class = table(word_class(q), 2.11, 4.4, 4.59, 1.45, 2.35, 1.55, 0.547, 0.358, 1.58, 0.255, 4.28, 3.21, 0.33)
    self_by_class = table(word_class(q), 0.594, 0.24, 0.326, 13.7, 0.468, 0.863, 10.9, 5.4, 0.92, 155.0, 0.22, 1.7, 5.72)
    prev_by_class = table(word_class(q), 0.337, 0.169, 0.229, 1.3, 1.87, 2.28, 4.62, 5.38, 7.45, 0.249, 0.214, 0.319, 2.49)
    return 3.41 * (k == q) + 189.0 * (k == 0) + 0.772 * (k == last(is_sentence_end, q)) + 0.211 * (k >= sentence_start(q)) + 0.315 * is_sentence_end(k) + 1.87 * is_newline(k) + 0.322 * decay(q - k, 1.0) + 0.642 * decay(q - k, 3.0) + 0.436 * decay(q - k, 10.0) + 2.94 * ((k == 0) * decay(q, 32.0)) + 159.0 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.87 * (token(k) == 1116)
