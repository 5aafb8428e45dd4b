"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H5
label: token sink
source: offline search (seed 0), fitted for L7H5
scores: synthesis_iou=0.7641 heldout_iou=0.6556 heldout_js=0.2620 n_heldout=32 heldout_iou_passage=0.5436 heldout_iou_sentence=0.7676
"""


@program(normalize="weights", fallback="first", head="L7H5", label="token sink")
def L7H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.81, 0.304, 0.443, 0.209, 0.34, 0.233, 0.619, 0.824, 0.373, 0.913, 0.443, 0.436, 0.703)
    first_by_class = table(word_class(q), 1.88, 9.68, 0.316, 0.46, 3.62, 0.323, 0.56, 4.4, 0.545, 0.277, 0.423, 5.52, 0.285)
    self_by_class = table(word_class(q), 0.246, 0.199, 0.854, 0.985, 0.259, 1.27, 1.12, 0.475, 1.66, 3.44, 1.52, 0.285, 3.59)
    prev_by_class = table(word_class(q), 0.0902, 0.169, 0.476, 1.05, 0.723, 1.6, 0.921, 0.483, 0.745, 2.43, 0.838, 0.202, 2.35)
    return 0.114 * (k == q) + 0.156 * (k == q - 2) + 20.6 * (k == 0) + 0.27 * decay(q - k, 3.0) + 16.8 * ((k == 0) * decay(q, 32.0)) + 3.41 * (k == 0 and is_word_start(q)) + 0.691 * (k == prev_occurrence(q) + 1) + 0.0735 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 20.2 * (token(k) == 260) + 22.0 * (token(k) == 260 and count(k) == 1) + 2.87 * (token(k) == 216) + 37.1 * (token(k) == 216 and count(k) == 1)
