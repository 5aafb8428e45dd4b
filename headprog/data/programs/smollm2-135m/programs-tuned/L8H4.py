"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H4
label: token sink
source: offline search (seed 0), fitted for L8H4
scores: synthesis_iou=0.7892 heldout_iou=0.6589 heldout_js=0.2745 n_heldout=32 heldout_iou_passage=0.5471 heldout_iou_sentence=0.7708
"""


@program(normalize="weights", fallback="first", head="L8H4", label="token sink")
def L8H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.014, 0.0126, 0.0896, 0.164, 0.072, 0.0516, 0.578, 0.113, 0.13, 0.233, 0.0292, 0.0173, 0.293)
    first_by_class = table(word_class(q), 1.4, 8.57, 2.71, 3.63, 2.52, 3.2, 3.14, 5.02, 0.489, 6.07, 0.334, 4.79, 0.316)
    self_by_class = table(word_class(q), 0.0872, 0.116, 0.544, 8.83, 0.177, 37.1, 0.338, 3.84, 9.53, 9.45, 0.314, 0.212, 17.5)
    prev_by_class = table(word_class(q), 0.0785, 0.143, 0.451, 0.567, 0.153, 7.89, 0.242, 4.79, 0.197, 0.18, 0.308, 0.261, 0.586)
    return 0.0864 * (k == q) + 75.2 * (k == 0) + 2.09 * (k < q and token(k) == token(q)) + 0.824 * (k < q and lower(k) == lower(q)) + 0.0539 * (k >= sentence_start(q)) + 0.0585 * decay(q - k, 10.0) + 35.2 * ((k == 0) * decay(q, 32.0)) + 5.76 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 73.5 * (token(k) == 260) + 88.3 * (token(k) == 260 and count(k) == 1) + 5.43 * (token(k) == 216) + 152.0 * (token(k) == 216 and count(k) == 1)
