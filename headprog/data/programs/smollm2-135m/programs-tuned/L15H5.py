"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H5
label: first token
source: offline search (seed 0), fitted for L15H5
scores: synthesis_iou=0.5787 heldout_iou=0.5337 heldout_js=0.3330 n_heldout=32 heldout_iou_passage=0.4722 heldout_iou_sentence=0.5952
"""


@program(normalize="weights", fallback="first", head="L15H5", label="first token")
def L15H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.561, 1.01, 0.0357, 0.0823, 0.0432, 0.0439, 0.36, 0.176, 0.238, 2.04, 0.0428, 0.335, 0.773)
    first_by_class = table(word_class(q), 6.06, 8.98, 0.247, 0.26, 0.265, 2.81, 0.244, 2.86, 5.28, 6.96, 0.266, 5.5, 5.27)
    self_by_class = table(word_class(q), 6.78, 5.83, 4.11, 1.53, 2.61, 0.246, 6.4, 0.281, 0.278, 6.93, 0.636, 1.65, 4.22)
    prev_by_class = table(word_class(q), 0.198, 0.2, 7.42, 5.61, 7.34, 2.47, 6.56, 0.573, 1.39, 0.237, 0.218, 1.25, 0.333)
    return 2.0 * (k == q - 1) + 1.03 * (k == q - 2) + 0.426 * (k == q - 3) + 98.3 * (k == 0) + 0.0882 * (k == last(is_punct, q) + 1) + 0.756 * (k >= sentence_start(q)) + 2.04 * is_sentence_end(k) + 10.8 * decay(q - k, 3.0) + 2.37 * decay(q - k, 10.0) + 0.383 * ((k == 0) * decay(q, 32.0)) + 0.661 * (k == 0 and is_word_start(q)) + 0.0892 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
