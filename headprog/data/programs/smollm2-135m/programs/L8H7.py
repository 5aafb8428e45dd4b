"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H7
label: mixed
source: offline search (seed 0), fitted for L8H7
scores: synthesis_iou=0.6492 heldout_iou=0.5610 heldout_js=0.3197 n_heldout=32 heldout_iou_passage=0.4789 heldout_iou_sentence=0.6432
"""


@program(normalize="weights", fallback="first", head="L8H7", label="mixed")
def L8H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.231, 0.1, 0.222, 0.131, 0.154, 0.0611, 0.883, 0.143, 0.575, 2.49, 0.0836, 0.137, 1.1)
    first_by_class = table(word_class(q), 0.363, 6.37, 0.859, 0.545, 4.69, 6.29, 4.04, 5.17, 1.88, 8.91, 0.23, 1.02, 0.27)
    self_by_class = table(word_class(q), 1.49, 1.18, 0.373, 0.337, 0.291, 0.216, 1.69, 0.307, 3.78, 10.4, 0.648, 1.29, 5.88)
    prev_by_class = table(word_class(q), 1.19, 0.267, 1.48, 2.28, 0.154, 0.243, 0.216, 5.4, 0.124, 0.145, 2.28, 3.0, 10.1)
    return 0.558 * (k == q) + 9.02 * (k == 0) + 0.75 * (k < q and token(k) == token(q)) + 0.514 * (k < q and lower(k) == lower(q)) + 0.326 * (k >= sentence_start(q)) + 1.73 * decay(q - k, 10.0) + 18.5 * ((k == 0) * decay(q, 32.0)) + 1.43 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 8.61 * (token(k) == 260) + 11.0 * (token(k) == 260 and count(k) == 1) + 1.81 * (token(k) == 216) + 19.8 * (token(k) == 216 and count(k) == 1)
