"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H8
label: first token
source: offline search (seed 0), fitted for L28H8
scores: synthesis_iou=0.8181 heldout_iou=0.7692 heldout_js=0.1924 n_heldout=32 heldout_iou_passage=0.6756 heldout_iou_sentence=0.8627
"""


@program(normalize="weights", fallback="first", head="L28H8", label="first token")
def L28H8(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    key_class = table(word_class(k), 0.157, 0.124, 0.0876, 0.168, 0.0906, 0.105, 0.531, 0.326, 0.208, 1.29, 0.0459, 0.052, 2.0)
    first_by_class = table(word_class(q), 0.53, 5.26, 4.96, 1.85, 4.81, 3.57, 2.59, 1.13, 0.75, 0.236, 0.87, 3.76, 0.311)
    self_by_class = table(word_class(q), 1.81, 0.317, 0.341, 1.56, 0.185, 0.359, 0.801, 0.402, 4.22, 396.0, 3.49, 8.54, 7.89)
    prev_by_class = table(word_class(q), 0.29, 0.171, 0.282, 0.533, 0.307, 0.403, 0.496, 1.34, 0.641, 0.26, 2.93, 0.336, 5.84)
    return 0.667 * (k == q) + 129.0 * (k == 0) + 2.38 * (k == last(is_sentence_end, q)) + 0.236 * (k >= sentence_start(q)) + 1.29 * is_sentence_end(k) + 2.0 * is_newline(k) + 0.215 * decay(q - k, 1.0) + 0.218 * decay(q - k, 3.0) + 0.344 * decay(q - k, 10.0) + 1.07 * ((k == 0) * decay(q, 32.0)) + 62.1 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 2.0 * (token(k) == 1116)
