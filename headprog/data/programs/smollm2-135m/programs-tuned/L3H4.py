"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H4
label: token sink
source: offline search (seed 0), fitted for L3H4
scores: synthesis_iou=0.7352 heldout_iou=0.6187 heldout_js=0.3011 n_heldout=32 heldout_iou_passage=0.5296 heldout_iou_sentence=0.7078
"""


@program(normalize="weights", fallback="first", head="L3H4", label="token sink")
def L3H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00672, 0.011, 0.0599, 0.0329, 0.0233, 0.126, 0.201, 0.101, 0.523, 3.5, 0.0174, 0.02, 2.01)
    first_by_class = table(word_class(q), 9.24, 7.91, 0.351, 0.29, 1.48, 0.304, 0.474, 2.92, 0.468, 0.374, 0.409, 5.07, 0.298)
    self_by_class = table(word_class(q), 0.237, 0.113, 5.56, 0.356, 0.514, 6.86, 0.824, 0.316, 1.77, 5.19, 0.182, 0.513, 5.52)
    prev_by_class = table(word_class(q), 6.0, 0.653, 2.33, 3.15, 0.311, 1.01, 0.648, 4.12, 0.211, 0.177, 0.287, 8.01, 5.45)
    return 0.671 * (k == q - 2) + 58.4 * (k == 0) + 0.0166 * (k >= sentence_start(q)) + 0.221 * decay(q - k, 3.0) + 0.0182 * decay(q - k, 10.0) + 0.461 * (k == 1) + 36.5 * ((k == 0) * decay(q, 32.0)) + 4.34 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 55.6 * (token(k) == 260) + 51.4 * (token(k) == 260 and count(k) == 1) + 6.39 * (token(k) == 216) + 111.0 * (token(k) == 216 and count(k) == 1)
