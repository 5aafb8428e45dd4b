"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H3
label: token sink
source: offline search (seed 0), fitted for L8H3
scores: synthesis_iou=0.7352 heldout_iou=0.6380 heldout_js=0.2917 n_heldout=32 heldout_iou_passage=0.5343 heldout_iou_sentence=0.7417
"""


@program(normalize="weights", fallback="first", head="L8H3", label="token sink")
def L8H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00805, 0.0104, 0.047, 0.0315, 0.0186, 0.0347, 0.382, 0.268, 0.0262, 0.0949, 0.0287, 0.0125, 0.174)
    first_by_class = table(word_class(q), 2.17, 6.16, 6.13, 5.18, 4.43, 3.65, 3.64, 4.77, 2.22, 6.89, 0.312, 0.71, 2.51)
    self_by_class = table(word_class(q), 0.227, 0.117, 6.6, 4.93, 5.26, 8.18, 3.73, 4.66, 0.279, 1.29, 0.182, 0.159, 6.97)
    prev_by_class = table(word_class(q), 1.09, 0.133, 6.2, 19.6, 13.6, 8.16, 3.72, 10.7, 0.262, 0.179, 0.24, 0.214, 1.15)
    return 0.126 * (k == q) + 71.0 * (k == 0) + 0.0698 * (k < q and token(k) == token(q)) + 0.0646 * (k < q and lower(k) == lower(q)) + 0.13 * (k >= sentence_start(q)) + 0.147 * decay(q - k, 10.0) + 52.9 * ((k == 0) * decay(q, 32.0)) + 3.84 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 86.7 * (token(k) == 260) + 84.4 * (token(k) == 260 and count(k) == 1) + 6.99 * (token(k) == 216) + 157.0 * (token(k) == 216 and count(k) == 1)
