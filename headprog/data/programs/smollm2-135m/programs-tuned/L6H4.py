"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H4
label: mixed
source: offline search (seed 0), fitted for L6H4
scores: synthesis_iou=0.6056 heldout_iou=0.5424 heldout_js=0.3275 n_heldout=32 heldout_iou_passage=0.4844 heldout_iou_sentence=0.6004
"""


@program(normalize="weights", fallback="first", head="L6H4", label="mixed")
def L6H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0333, 0.0177, 0.183, 0.0781, 0.0496, 0.0597, 0.487, 0.174, 0.108, 0.284, 0.0301, 0.0398, 0.218)
    first_by_class = table(word_class(q), 0.18, 0.28, 6.37, 0.3, 6.83, 5.83, 6.02, 2.72, 7.17, 11.6, 0.231, 0.234, 5.28)
    self_by_class = table(word_class(q), 0.129, 0.133, 1.08, 2.53, 0.287, 1.25, 0.231, 0.384, 0.431, 0.216, 0.174, 0.211, 0.29)
    prev_by_class = table(word_class(q), 21.2, 2.07, 8.31, 10.5, 0.223, 1.55, 0.316, 5.49, 0.172, 0.169, 1.6, 23.2, 0.264)
    return 0.0525 * (k == q) + 1.29 * (k == q - 1) + 7.35 * (k == q - 2) + 10.3 * (k == 0) + 9.61 * decay(q - k, 3.0) + 35.6 * ((k == 0) * decay(q, 32.0)) + 0.586 * (k == 0 and is_word_start(q)) + 0.135 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 12.3 * (token(k) == 260) + 17.4 * (token(k) == 260 and count(k) == 1) + 1.42 * (token(k) == 216) + 26.7 * (token(k) == 216 and count(k) == 1)
