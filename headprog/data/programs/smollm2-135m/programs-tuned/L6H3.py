"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H3
label: token sink
source: offline search (seed 0), fitted for L6H3
scores: synthesis_iou=0.7320 heldout_iou=0.6279 heldout_js=0.2909 n_heldout=32 heldout_iou_passage=0.5408 heldout_iou_sentence=0.7150
"""


@program(normalize="weights", fallback="first", head="L6H3", label="token sink")
def L6H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.778, 0.322, 0.839, 0.481, 0.628, 0.457, 0.837, 0.447, 0.521, 1.36, 0.342, 0.64, 1.08)
    first_by_class = table(word_class(q), 0.201, 0.548, 0.43, 0.822, 6.14, 5.95, 0.27, 5.21, 7.97, 7.92, 0.411, 1.07, 5.16)
    self_by_class = table(word_class(q), 2.66, 0.723, 0.168, 0.309, 0.147, 0.172, 0.907, 0.251, 0.171, 0.235, 0.18, 0.699, 6.17)
    prev_by_class = table(word_class(q), 0.746, 1.73, 0.132, 0.412, 0.149, 0.177, 0.346, 0.265, 0.147, 0.156, 0.193, 0.972, 0.272)
    return 0.0707 * (k == q) + 0.0438 * (k == q - 1) + 0.215 * (k == q - 2) + 50.5 * (k == 0) + 0.8 * decay(q - k, 3.0) + 7.91 * ((k == 0) * decay(q, 32.0)) + 0.587 * (k == 0 and is_word_start(q)) + 0.162 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 28.8 * (token(k) == 260) + 32.3 * (token(k) == 260 and count(k) == 1) + 3.36 * (token(k) == 216) + 61.1 * (token(k) == 216 and count(k) == 1)
