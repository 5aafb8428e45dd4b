"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H0
label: mixed
source: offline search (seed 0), fitted for L26H0
scores: synthesis_iou=0.5734 heldout_iou=0.5661 heldout_js=0.3158 n_heldout=32 heldout_iou_passage=0.5249 heldout_iou_sentence=0.6074
"""


@program(normalize="softmax", fallback="first", head="L26H0", label="mixed")
def L26H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.35, -0.988, 0.172, 0.294, 0.0859, 0.0971, 0.00591, -0.209, -0.53, 0.496, -0.543, 0.269, 0.339)
    first_by_class = table(word_class(q), 0.103, 2.26, 1.4, 0.443, -0.125, -0.826, -1.01, -1.22, 0.225, 1.08, 2.63, 1.71, -0.436)
    self_by_class = table(word_class(q), 0.227, 0.553, 0.347, 0.0545, -0.115, -0.636, 0.436, -0.276, -0.411, 0.207, 0.56, 0.222, 0.607)
    prev_by_class = table(word_class(q), 0.645, -1.04, 0.525, 0.789, -0.121, -0.272, 1.46, 1.37, 0.215, -0.838, 0.139, 0.178, 1.25)
    return 4.86 * (k == 0) + -1.94 * (k == sentence_start(q)) + 1.53 * (k >= sentence_start(q)) + -0.761 * is_word_start(k) + -0.543 * is_digit(k) + 0.267 * (count(k) == 1) + 1.16 * decay(q - k, 1.0) + 1.75 * decay(q - k, 3.0) + 0.441 * decay(q - k, 10.0) + 1.05 * (k == 0 and is_word_start(q)) + -0.0028 * (k == prev_occurrence(q) + 1) + 0.359 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
