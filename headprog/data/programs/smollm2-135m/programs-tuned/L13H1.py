"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H1
label: mixed
source: offline search (seed 0), fitted for L13H1
scores: synthesis_iou=0.5869 heldout_iou=0.5678 heldout_js=0.3019 n_heldout=32 heldout_iou_passage=0.5384 heldout_iou_sentence=0.5973
"""


@program(normalize="weights", fallback="first", head="L13H1", label="mixed")
def L13H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.011, 0.0271, 0.0257, 0.059, 0.0236, 0.0534, 0.0817, 0.207, 0.0392, 0.0649, 0.0268, 0.0366, 0.101)
    first_by_class = table(word_class(q), 2.9, 7.95, 2.85, 0.656, 0.337, 3.68, 0.553, 0.27, 0.786, 3.42, 0.284, 6.17, 4.04)
    self_by_class = table(word_class(q), 6.44, 0.231, 4.57, 5.55, 1.94, 4.43, 4.23, 5.15, 4.52, 3.04, 0.229, 1.47, 5.29)
    prev_by_class = table(word_class(q), 51.3, 0.227, 5.47, 5.31, 5.43, 0.275, 0.369, 4.99, 0.3, 0.253, 0.437, 8.27, 0.32)
    return 3.23 * (k == q) + 24.8 * (k == q - 1) + 21.5 * (k == q - 2) + 7.61 * (k == q - 3) + 110.0 * (k == 0) + 3.68 * (k == last(is_word_start, q)) + 0.307 * (k >= sentence_start(q)) + 7.98 * decay(q - k, 3.0) + 0.0516 * decay(q - k, 10.0) + 5.6 * (k == 0 and is_word_start(q)) + 0.522 * (k == prev_occurrence(q) + 1) + 10.0 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
