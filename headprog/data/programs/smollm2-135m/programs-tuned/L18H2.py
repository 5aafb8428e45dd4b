"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H2
label: first token
source: offline search (seed 0), fitted for L18H2
scores: synthesis_iou=0.6576 heldout_iou=0.5696 heldout_js=0.3292 n_heldout=32 heldout_iou_passage=0.4985 heldout_iou_sentence=0.6407
"""


@program(normalize="weights", fallback="first", head="L18H2", label="first token")
def L18H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.149, 0.149, 0.0891, 0.136, 0.0933, 0.139, 0.152, 0.191, 0.105, 1.02, 0.0525, 0.147, 0.795)
    first_by_class = table(word_class(q), 15.5, 19.8, 2.64, 0.932, 2.02, 0.251, 0.568, 0.241, 0.319, 0.835, 10.6, 4.42, 0.266)
    self_by_class = table(word_class(q), 0.535, 0.946, 0.322, 1.5, 0.248, 5.81, 2.59, 0.911, 3.25, 4.96, 0.245, 2.07, 5.49)
    prev_by_class = table(word_class(q), 0.382, 0.249, 0.779, 2.22, 0.555, 249.0, 1.77, 5.36, 10.1, 0.225, 0.23, 0.313, 0.306)
    return 0.213 * (k == q - 1) + 0.913 * (k == q - 2) + 0.861 * (k == q - 3) + 92.2 * (k == 0) + 0.269 * (k == last(is_word_start, q)) + 0.718 * (k >= sentence_start(q)) + 0.186 * decay(q - k, 1.0) + 2.69 * decay(q - k, 3.0) + 21.4 * ((k == 0) * decay(q, 32.0)) + 12.8 * (k == 0 and is_word_start(q)) + 3.96 * (k == prev_occurrence(q) + 1) + 0.204 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
