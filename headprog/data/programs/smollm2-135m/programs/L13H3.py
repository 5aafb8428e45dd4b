"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L13H3
label: first token
source: offline search (seed 0), fitted for L13H3
scores: synthesis_iou=0.6061 heldout_iou=0.5582 heldout_js=0.3348 n_heldout=32 heldout_iou_passage=0.5080 heldout_iou_sentence=0.6083
"""


@program(normalize="weights", fallback="first", head="L13H3", label="first token")
def L13H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0103, 0.0226, 0.038, 0.0707, 0.0386, 0.0773, 0.251, 0.354, 0.0515, 2.1, 0.0224, 0.0252, 3.59)
    first_by_class = table(word_class(q), 0.834, 4.02, 5.28, 4.31, 5.02, 2.86, 4.52, 2.26, 0.573, 6.45, 0.354, 0.69, 5.23)
    self_by_class = table(word_class(q), 0.278, 0.2, 0.22, 0.445, 0.221, 0.73, 0.288, 5.17, 0.342, 1.13, 0.521, 0.316, 0.307)
    prev_by_class = table(word_class(q), 17.6, 0.237, 2.48, 4.58, 0.373, 0.268, 0.267, 2.43, 0.239, 0.232, 2.91, 9.9, 0.26)
    return 0.0828 * (k == q) + 0.788 * (k == q - 1) + 11.9 * (k == q - 2) + 10.3 * (k == q - 3) + 188.0 * (k == 0) + 0.65 * (k == last(is_word_start, q)) + 1.98 * (k >= sentence_start(q)) + 6.47 * decay(q - k, 3.0) + 0.313 * decay(q - k, 10.0) + 9.25 * (k == 0 and is_word_start(q)) + 1.35 * (k == prev_occurrence(q) + 1) + 11.7 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
