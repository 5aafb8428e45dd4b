"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H7
label: mixed
source: offline search (seed 0), fitted for L9H7
scores: synthesis_iou=0.6461 heldout_iou=0.5705 heldout_js=0.3348 n_heldout=32 heldout_iou_passage=0.4746 heldout_iou_sentence=0.6663
"""


@program(normalize="weights", fallback="first", head="L9H7", label="mixed")
def L9H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0391, 0.0398, 0.148, 0.0395, 0.023, 0.0348, 0.295, 0.0964, 0.047, 0.355, 0.0222, 0.0492, 0.558)
    first_by_class = table(word_class(q), 2.48, 8.43, 0.616, 3.55, 0.291, 2.19, 3.7, 5.32, 4.94, 4.91, 0.259, 5.45, 5.1)
    self_by_class = table(word_class(q), 0.669, 1.49, 2.61, 0.29, 2.72, 2.0, 0.657, 0.29, 3.82, 20.5, 0.712, 0.237, 5.61)
    prev_by_class = table(word_class(q), 0.5, 6.16, 1.03, 0.28, 35.8, 0.268, 0.719, 0.295, 0.413, 0.177, 4.89, 0.216, 0.351)
    return 0.411 * (k == q - 1) + 0.568 * (k == q - 2) + 18.4 * (k == 0) + 0.234 * (k >= sentence_start(q)) + 1.16 * decay(q - k, 3.0) + 0.155 * decay(q - k, 10.0) + 34.6 * ((k == 0) * decay(q, 32.0)) + 11.4 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 24.3 * (token(k) == 260) + 26.2 * (token(k) == 260 and count(k) == 1) + 7.76 * (token(k) == 216) + 46.5 * (token(k) == 216 and count(k) == 1)
