"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H5
label: first token
source: offline search (seed 0), fitted for L19H5
scores: synthesis_iou=0.7278 heldout_iou=0.6698 heldout_js=0.2452 n_heldout=32 heldout_iou_passage=0.5938 heldout_iou_sentence=0.7459
"""


@program(normalize="weights", fallback="first", head="L19H5", label="first token")
def L19H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.223, 0.338, 0.0808, 0.106, 0.0943, 0.302, 0.136, 0.22, 0.267, 1.0, 0.0558, 0.468, 0.422)
    first_by_class = table(word_class(q), 13.7, 13.5, 0.323, 4.16, 2.85, 0.259, 0.406, 0.536, 0.304, 0.269, 6.77, 5.53, 0.25)
    self_by_class = table(word_class(q), 1.14, 0.197, 4.36, 0.26, 0.327, 6.38, 2.21, 0.343, 5.34, 6.61, 0.308, 2.69, 5.67)
    prev_by_class = table(word_class(q), 0.213, 0.191, 4.52, 0.509, 1.01, 17.8, 3.36, 4.65, 7.73, 0.523, 1.14, 0.262, 4.37)
    return 9.4 * (k == q) + 0.395 * (k == q - 1) + 0.385 * (k == q - 2) + 85.9 * (k == 0) + 0.373 * (k == last(is_word_start, q)) + 0.471 * (k >= sentence_start(q)) + 0.757 * decay(q - k, 1.0) + 0.705 * decay(q - k, 3.0) + 0.872 * decay(q - k, 10.0) + 6.37 * ((k == 0) * decay(q, 32.0)) + 2.13 * (k == 0 and is_word_start(q)) + 6.8 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
