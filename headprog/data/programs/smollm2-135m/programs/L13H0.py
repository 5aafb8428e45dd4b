"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H0
label: first token
source: offline search (seed 0), fitted for L13H0
scores: synthesis_iou=0.6929 heldout_iou=0.6633 heldout_js=0.2335 n_heldout=32 heldout_iou_passage=0.6293 heldout_iou_sentence=0.6972
"""


@program(normalize="weights", fallback="first", head="L13H0", label="first token")
def L13H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0631, 0.0368, 0.105, 0.108, 0.0782, 0.11, 0.133, 0.174, 0.179, 0.762, 0.058, 0.057, 0.492)
    first_by_class = table(word_class(q), 4.87, 8.05, 6.28, 3.08, 2.21, 0.281, 0.335, 5.21, 0.303, 5.41, 0.41, 2.56, 4.88)
    self_by_class = table(word_class(q), 1.77, 0.315, 0.358, 0.277, 0.563, 6.39, 0.302, 0.273, 6.05, 0.284, 6.46, 6.6, 0.395)
    prev_by_class = table(word_class(q), 5.09, 0.298, 4.95, 5.91, 1.81, 2.93, 3.75, 4.49, 0.27, 0.247, 0.28, 0.314, 0.376)
    return 42.9 * (k == q) + 3.24 * (k == q - 1) + 2.23 * (k == q - 2) + 0.795 * (k == q - 3) + 71.0 * (k == 0) + 0.682 * (k == last(is_word_start, q)) + 0.198 * (k >= sentence_start(q)) + 5.48 * decay(q - k, 3.0) + 0.238 * decay(q - k, 10.0) + 5.62 * (k == 0 and is_word_start(q)) + 2.5 * (k == prev_occurrence(q) + 1) + 1.88 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
