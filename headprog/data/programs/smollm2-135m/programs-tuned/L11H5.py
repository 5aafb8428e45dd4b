"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H5
label: mixed
source: offline search (seed 0), fitted for L11H5
scores: synthesis_iou=0.5258 heldout_iou=0.5160 heldout_js=0.3409 n_heldout=32 heldout_iou_passage=0.4901 heldout_iou_sentence=0.5419
"""


@program(normalize="weights", fallback="first", head="L11H5", label="mixed")
def L11H5(q, k):
    """Token sinks: first ','; first '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0752, 0.0496, 1.2, 0.483, 0.0944, 0.578, 1.99, 0.069, 0.819, 2.77, 0.0387, 0.0691, 7.04)
    first_by_class = table(word_class(q), 0.263, 0.251, 0.135, 0.256, 0.115, 0.255, 0.226, 0.242, 0.703, 2.74, 0.121, 0.579, 0.749)
    self_by_class = table(word_class(q), 1.54, 4.58, 4.2, 0.245, 4.29, 5.06, 9.71, 0.252, 2.77, 0.194, 0.13, 6.37, 0.256)
    prev_by_class = table(word_class(q), 0.15, 12.2, 25.3, 9.41, 20.4, 6.36, 0.35, 5.47, 3.79, 0.161, 0.18, 3.09, 0.262)
    return 2.13 * (k == q) + 1.82 * (k == q - 1) + 1.36 * (k == q - 2) + 1.31 * (k == last(is_punct, q)) + 0.431 * (k == last(is_word_start, q)) + 0.471 * (k >= sentence_start(q)) + 2.77 * is_sentence_end(k) + 4.35 * decay(q - k, 1.0) + 2.09 * decay(q - k, 3.0) + 0.349 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 4.83 * (token(k) == 28 and count(k) == 1) + 7.93 * (token(k) == 30 and count(k) == 1)
