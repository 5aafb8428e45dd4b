"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H5
label: token sink
source: offline search (seed 0), fitted for L8H5
scores: synthesis_iou=0.7897 heldout_iou=0.6709 heldout_js=0.2703 n_heldout=32 heldout_iou_passage=0.5432 heldout_iou_sentence=0.7986
"""


@program(normalize="weights", fallback="first", head="L8H5", label="token sink")
def L8H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0125, 0.0138, 0.0785, 0.0363, 0.0608, 0.0448, 0.479, 0.19, 0.0749, 0.342, 0.0243, 0.0166, 0.597)
    first_by_class = table(word_class(q), 0.708, 5.42, 4.17, 4.52, 1.15, 4.31, 4.87, 5.0, 4.99, 5.87, 0.383, 3.19, 4.84)
    self_by_class = table(word_class(q), 0.096, 0.116, 3.72, 2.12, 0.196, 11.3, 9.58, 5.04, 6.97, 11.7, 0.22, 0.202, 5.13)
    prev_by_class = table(word_class(q), 0.153, 0.142, 3.16, 6.22, 0.176, 2.87, 4.15, 5.23, 0.908, 0.191, 0.226, 0.265, 0.48)
    return 0.0909 * (k == q) + 88.6 * (k == 0) + 0.284 * (k < q and token(k) == token(q)) + 0.251 * (k < q and lower(k) == lower(q)) + 0.115 * (k >= sentence_start(q)) + 0.0875 * decay(q - k, 10.0) + 49.8 * ((k == 0) * decay(q, 32.0)) + 3.47 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 94.0 * (token(k) == 260) + 108.0 * (token(k) == 260 and count(k) == 1) + 8.54 * (token(k) == 216) + 169.0 * (token(k) == 216 and count(k) == 1)
