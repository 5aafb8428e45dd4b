"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H5
label: mixed
source: offline search (seed 0), fitted for L9H5
scores: synthesis_iou=0.6462 heldout_iou=0.5852 heldout_js=0.2898 n_heldout=32 heldout_iou_passage=0.5183 heldout_iou_sentence=0.6520
"""


@program(normalize="weights", fallback="first", head="L9H5", label="mixed")
def L9H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00662, 0.018, 0.0238, 0.0363, 0.021, 0.0399, 0.304, 0.156, 0.0358, 0.0764, 0.0236, 0.0224, 0.098)
    first_by_class = table(word_class(q), 4.01, 8.35, 0.283, 0.304, 0.336, 0.29, 0.274, 4.75, 3.06, 4.79, 0.243, 8.67, 5.14)
    self_by_class = table(word_class(q), 0.117, 0.172, 4.74, 0.243, 0.254, 6.42, 5.13, 3.66, 5.08, 5.27, 0.215, 0.185, 0.335)
    prev_by_class = table(word_class(q), 19.9, 0.385, 8.43, 5.86, 3.91, 0.325, 0.496, 5.15, 0.229, 0.214, 7.65, 0.246, 0.263)
    return 15.0 * (k == q - 1) + 12.7 * (k == q - 2) + 18.0 * (k == 0) + 0.181 * (k >= sentence_start(q)) + 12.5 * decay(q - k, 3.0) + 0.0432 * decay(q - k, 10.0) + 58.0 * ((k == 0) * decay(q, 32.0)) + 1.28 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 18.6 * (token(k) == 260) + 26.4 * (token(k) == 260 and count(k) == 1) + 1.81 * (token(k) == 216) + 40.0 * (token(k) == 216 and count(k) == 1)
