"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H7
label: token sink
source: offline search (seed 0), fitted for L4H7
scores: synthesis_iou=0.7176 heldout_iou=0.6009 heldout_js=0.3169 n_heldout=32 heldout_iou_passage=0.4976 heldout_iou_sentence=0.7042
"""


@program(normalize="weights", fallback="first", head="L4H7", label="token sink")
def L4H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.028, 0.0119, 0.0304, 0.0355, 0.0377, 0.0467, 0.155, 0.0881, 0.0667, 0.112, 0.0294, 0.0295, 0.0717)
    first_by_class = table(word_class(q), 2.42, 30.3, 0.555, 4.54, 2.28, 0.274, 5.1, 5.13, 1.7, 1.34, 0.329, 5.46, 4.87)
    self_by_class = table(word_class(q), 0.0836, 0.0864, 0.384, 0.666, 0.134, 26.4, 5.11, 1.16, 33.4, 61.5, 0.252, 0.204, 6.65)
    prev_by_class = table(word_class(q), 0.0971, 0.104, 1.13, 0.828, 0.365, 79.7, 5.84, 5.03, 36.8, 14.2, 0.676, 0.24, 27.9)
    return 0.0583 * (k == q) + 17.8 * (k == 0) + 0.242 * (k >= sentence_start(q)) + 0.232 * (k == 1) + 44.1 * ((k == 0) * decay(q, 32.0)) + 13.3 * (k == 0 and is_word_start(q)) + 0.428 * (k == prev_occurrence(q) + 1) + 0.00879 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 52.9 * (token(k) == 260) + 69.1 * (token(k) == 260 and count(k) == 1) + 5.16 * (token(k) == 216) + 91.8 * (token(k) == 216 and count(k) == 1)
