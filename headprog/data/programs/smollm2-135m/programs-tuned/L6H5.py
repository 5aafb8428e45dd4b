"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H5
label: token sink
source: offline search (seed 0), fitted for L6H5
scores: synthesis_iou=0.7573 heldout_iou=0.6374 heldout_js=0.2837 n_heldout=32 heldout_iou_passage=0.5351 heldout_iou_sentence=0.7397
"""


@program(normalize="weights", fallback="first", head="L6H5", label="token sink")
def L6H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.686, 0.369, 0.812, 0.526, 0.683, 0.6, 0.577, 0.77, 0.536, 1.09, 0.304, 0.551, 1.2)
    first_by_class = table(word_class(q), 0.346, 4.81, 1.14, 1.46, 5.92, 4.76, 0.286, 5.26, 1.93, 5.18, 0.459, 1.15, 0.297)
    self_by_class = table(word_class(q), 0.0672, 0.129, 0.195, 0.258, 0.199, 0.263, 3.67, 0.255, 5.35, 12.1, 0.139, 0.207, 12.1)
    prev_by_class = table(word_class(q), 0.327, 0.315, 0.207, 1.2, 0.254, 0.306, 0.287, 0.673, 0.191, 0.161, 0.165, 0.577, 0.384)
    return 0.0405 * (k == q) + 0.0584 * (k == q - 1) + 0.26 * (k == q - 2) + 31.7 * (k == 0) + 0.226 * decay(q - k, 3.0) + 14.6 * ((k == 0) * decay(q, 32.0)) + 1.83 * (k == 0 and is_word_start(q)) + 0.373 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 22.9 * (token(k) == 260) + 23.4 * (token(k) == 260 and count(k) == 1) + 3.18 * (token(k) == 216) + 45.9 * (token(k) == 216 and count(k) == 1)
