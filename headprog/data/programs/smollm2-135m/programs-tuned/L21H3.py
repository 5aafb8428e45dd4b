"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H3
label: first token
source: offline search (seed 0), fitted for L21H3
scores: synthesis_iou=0.6374 heldout_iou=0.5861 heldout_js=0.2888 n_heldout=32 heldout_iou_passage=0.5062 heldout_iou_sentence=0.6661
"""


@program(normalize="weights", fallback="first", head="L21H3", label="first token")
def L21H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.241, 0.2, 0.0402, 0.064, 0.0286, 0.119, 0.444, 0.162, 0.243, 3.94, 0.0372, 0.178, 1.64)
    first_by_class = table(word_class(q), 0.567, 10.2, 0.278, 0.264, 0.274, 0.281, 0.285, 0.285, 0.478, 4.0, 7.97, 8.76, 5.44)
    self_by_class = table(word_class(q), 0.568, 0.207, 3.8, 0.545, 0.238, 6.1, 4.65, 4.6, 6.11, 8.57, 0.215, 0.245, 2.51)
    prev_by_class = table(word_class(q), 5.27, 0.194, 6.33, 6.43, 5.15, 5.78, 2.07, 4.77, 2.35, 0.24, 0.203, 0.255, 0.262)
    return 0.361 * (k == q) + 0.966 * (k == q - 1) + 2.01 * (k == q - 2) + 85.9 * (k == 0) + 1.45 * (k >= sentence_start(q)) + 0.661 * decay(q - k, 1.0) + 6.18 * decay(q - k, 3.0) + 2.63 * decay(q - k, 10.0) + 6.38 * ((k == 0) * decay(q, 32.0)) + 0.571 * (k == 0 and is_word_start(q)) + 1.37 * (k == prev_occurrence(q) + 1) + 0.953 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
