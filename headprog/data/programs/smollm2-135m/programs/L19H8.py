"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H8
label: first token
source: offline search (seed 0), fitted for L19H8
scores: synthesis_iou=0.6953 heldout_iou=0.6877 heldout_js=0.2084 n_heldout=32 heldout_iou_passage=0.6729 heldout_iou_sentence=0.7024
"""


@program(normalize="weights", fallback="first", head="L19H8", label="first token")
def L19H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00624, 0.0352, 0.0416, 0.0645, 0.0403, 0.0824, 0.0537, 0.191, 0.0458, 0.0633, 0.0423, 0.0474, 0.103)
    first_by_class = table(word_class(q), 5.23, 0.34, 1.08, 2.93, 0.324, 6.06, 5.28, 4.89, 2.07, 8.2, 0.942, 6.37, 5.36)
    self_by_class = table(word_class(q), 11.9, 4.85, 0.358, 0.777, 5.94, 0.331, 3.96, 3.66, 0.261, 0.305, 0.271, 0.376, 0.423)
    prev_by_class = table(word_class(q), 1.66, 5.93, 2.32, 0.527, 11.4, 0.296, 0.315, 0.28, 2.48, 0.245, 3.44, 0.308, 0.27)
    return 1.92 * (k == q) + 171.0 * (k == q - 1) + 15.2 * (k == q - 2) + 689.0 * (k == 0) + 1.1 * (k == last(is_word_start, q)) + 0.0204 * (k >= sentence_start(q)) + 14.1 * decay(q - k, 1.0) + 1.26 * decay(q - k, 3.0) + 0.0198 * decay(q - k, 10.0) + 5.84 * ((k == 0) * decay(q, 32.0)) + 7.19 * (k == 0 and is_word_start(q)) + 0.176 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
