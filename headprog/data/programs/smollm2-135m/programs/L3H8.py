"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H8
label: mixed
source: offline search (seed 0), fitted for L3H8
scores: synthesis_iou=0.5585 heldout_iou=0.5300 heldout_js=0.3275 n_heldout=32 heldout_iou_passage=0.4607 heldout_iou_sentence=0.5994
"""


@program(normalize="weights", fallback="first", head="L3H8", label="mixed")
def L3H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.302, 0.0836, 0.0885, 0.0798, 0.0255, 0.0598, 0.185, 0.0861, 0.248, 0.967, 0.0521, 0.451, 1.17)
    first_by_class = table(word_class(q), 7.02, 56.7, 2.03, 0.589, 4.51, 0.249, 0.169, 0.271, 0.216, 0.183, 6.35, 14.0, 4.25)
    self_by_class = table(word_class(q), 0.537, 0.161, 0.565, 0.235, 0.139, 0.348, 1.35, 0.264, 0.701, 0.202, 0.152, 1.51, 0.247)
    prev_by_class = table(word_class(q), 0.383, 0.208, 0.34, 0.216, 13.1, 10.9, 21.1, 0.875, 9.5, 1.1, 0.174, 1.41, 0.254)
    return 1.44 * (k == q - 2) + 4.98 * (k == 0) + 0.821 * (k >= sentence_start(q)) + 1.65 * decay(q - k, 3.0) + 1.67 * decay(q - k, 10.0) + 0.874 * (k == 1) + 1.74 * ((k == 0) * decay(q, 32.0)) + 1.3 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 3.0 * (token(k) == 260) + 4.9 * (token(k) == 260 and count(k) == 1) + 0.216 * (token(k) == 216) + 8.24 * (token(k) == 216 and count(k) == 1)
