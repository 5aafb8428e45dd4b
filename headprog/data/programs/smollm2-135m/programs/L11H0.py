"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H0
label: mixed
source: offline search (seed 0), fitted for L11H0
scores: synthesis_iou=0.5279 heldout_iou=0.5158 heldout_js=0.3372 n_heldout=32 heldout_iou_passage=0.4742 heldout_iou_sentence=0.5575
"""


@program(normalize="softmax", fallback="first", head="L11H0", label="mixed")
def L11H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.147, -0.599, -0.0094, -0.469, 0.0524, -0.117, 0.391, -0.0574, -0.103, 0.82, -0.702, -0.211, 1.26)
    first_by_class = table(word_class(q), -0.453, 0.199, -0.758, 0.0497, 0.11, 0.0414, -0.386, -0.139, 0.214, 0.29, -1.13, -0.122, -0.683)
    self_by_class = table(word_class(q), -0.0341, 0.919, -0.12, 0.329, 0.0457, 0.147, -0.287, 0.212, -0.458, -1.91, -0.666, 0.833, -1.18)
    prev_by_class = table(word_class(q), -0.324, 0.824, 0.279, 0.615, 1.59, 0.376, -0.731, 0.234, -0.509, -2.03, -0.242, 0.172, -1.54)
    return -1.43 * (k == q) + 0.11 * (k == q - 1) + 1.18 * (k >= sentence_start(q)) + 0.674 * is_punct(k) + 0.82 * is_sentence_end(k) + 0.489 * is_word_start(k) + 0.517 * decay(q - k, 1.0) + 1.79 * decay(q - k, 3.0) + 1.74 * decay(q - k, 10.0) + 1.47 * decay(q - k, 30.0) + -0.152 * is_function_word(k) + 0.0288 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
