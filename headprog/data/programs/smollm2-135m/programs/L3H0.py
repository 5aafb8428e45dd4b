"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H0
label: token sink
source: offline search (seed 0), fitted for L3H0
scores: synthesis_iou=0.7099 heldout_iou=0.6084 heldout_js=0.3143 n_heldout=32 heldout_iou_passage=0.5066 heldout_iou_sentence=0.7102
"""


@program(normalize="weights", fallback="first", head="L3H0", label="token sink")
def L3H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00499, 0.00996, 0.0459, 0.0287, 0.0305, 0.0772, 0.254, 0.134, 0.278, 0.175, 0.0286, 0.014, 0.103)
    first_by_class = table(word_class(q), 7.25, 17.9, 0.414, 0.494, 1.9, 0.316, 0.712, 5.01, 3.1, 5.56, 0.274, 5.1, 0.336)
    self_by_class = table(word_class(q), 0.0813, 0.114, 4.57, 0.359, 0.225, 6.49, 2.09, 5.1, 7.24, 8.67, 1.31, 0.281, 7.53)
    prev_by_class = table(word_class(q), 0.618, 0.153, 8.91, 5.34, 0.206, 1.86, 1.09, 5.37, 0.223, 0.226, 46.2, 1.06, 5.36)
    return 0.827 * (k == q - 2) + 63.0 * (k == 0) + 0.038 * (k >= sentence_start(q)) + 0.829 * decay(q - k, 3.0) + 0.0238 * decay(q - k, 10.0) + 0.257 * (k == 1) + 38.0 * ((k == 0) * decay(q, 32.0)) + 8.48 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 83.0 * (token(k) == 260) + 74.6 * (token(k) == 260 and count(k) == 1) + 36.3 * (token(k) == 216) + 117.0 * (token(k) == 216 and count(k) == 1)
