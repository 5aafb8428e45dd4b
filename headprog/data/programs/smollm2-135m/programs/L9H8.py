"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H8
label: mixed
source: offline search (seed 0), fitted for L9H8
scores: synthesis_iou=0.6771 heldout_iou=0.6153 heldout_js=0.2920 n_heldout=32 heldout_iou_passage=0.5272 heldout_iou_sentence=0.7034
"""


@program(normalize="weights", fallback="first", head="L9H8", label="mixed")
def L9H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.04, 0.0208, 0.172, 0.0375, 0.0346, 0.0492, 0.171, 0.0639, 0.0434, 0.174, 0.0236, 0.0242, 0.143)
    first_by_class = table(word_class(q), 2.72, 8.66, 0.719, 1.56, 3.48, 3.9, 3.68, 5.15, 5.62, 0.824, 0.262, 4.73, 0.248)
    self_by_class = table(word_class(q), 4.77, 2.5, 5.93, 8.06, 16.6, 20.5, 10.5, 0.507, 15.6, 40.9, 11.6, 1.45, 26.1)
    prev_by_class = table(word_class(q), 0.375, 0.113, 2.24, 1.98, 8.56, 2.38, 1.56, 0.265, 0.158, 0.155, 1.43, 0.158, 6.69)
    return 0.0724 * (k == q - 1) + 0.229 * (k == q - 2) + 5.84 * (k == 0) + 0.123 * (k >= sentence_start(q)) + 0.553 * decay(q - k, 3.0) + 0.0691 * decay(q - k, 10.0) + 17.2 * ((k == 0) * decay(q, 32.0)) + 1.66 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 8.61 * (token(k) == 260) + 8.66 * (token(k) == 260 and count(k) == 1) + 1.04 * (token(k) == 216) + 18.5 * (token(k) == 216 and count(k) == 1)
