"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H2
label: token sink
source: offline search (seed 0), fitted for L8H2
scores: synthesis_iou=0.8014 heldout_iou=0.6690 heldout_js=0.2779 n_heldout=32 heldout_iou_passage=0.5451 heldout_iou_sentence=0.7930
"""


@program(normalize="weights", fallback="first", head="L8H2", label="token sink")
def L8H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.133, 0.105, 0.177, 0.19, 0.103, 0.147, 0.502, 0.125, 0.257, 0.615, 0.125, 0.14, 0.217)
    first_by_class = table(word_class(q), 2.93, 9.91, 1.26, 0.333, 2.32, 1.88, 4.83, 4.65, 0.429, 5.08, 0.274, 4.76, 0.95)
    self_by_class = table(word_class(q), 0.183, 0.192, 0.261, 2.95, 0.145, 0.477, 0.205, 0.299, 1.61, 7.45, 2.17, 0.302, 40.6)
    prev_by_class = table(word_class(q), 0.0831, 0.146, 0.174, 0.371, 0.139, 0.241, 0.189, 0.334, 0.164, 0.172, 0.453, 0.243, 4.27)
    return 0.106 * (k == q) + 56.4 * (k == 0) + 1.31 * (k < q and token(k) == token(q)) + 1.07 * (k < q and lower(k) == lower(q)) + 0.0242 * (k >= sentence_start(q)) + 0.0212 * decay(q - k, 10.0) + 18.8 * ((k == 0) * decay(q, 32.0)) + 3.36 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 70.7 * (token(k) == 260) + 64.0 * (token(k) == 260 and count(k) == 1) + 5.9 * (token(k) == 216) + 122.0 * (token(k) == 216 and count(k) == 1)
