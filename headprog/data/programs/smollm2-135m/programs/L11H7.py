"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H7
label: mixed
source: offline search (seed 0), fitted for L11H7
scores: synthesis_iou=0.5570 heldout_iou=0.5301 heldout_js=0.3286 n_heldout=32 heldout_iou_passage=0.4786 heldout_iou_sentence=0.5816
"""


@program(normalize="softmax", fallback="first", head="L11H7", label="mixed")
def L11H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.637, -0.882, -0.0689, 0.29, -0.327, -0.179, 0.0661, 0.0637, -0.414, 1.06, -0.211, -0.66, 2.2)
    first_by_class = table(word_class(q), -0.926, -1.2, -1.42, -0.723, -1.5, -0.616, -1.26, -0.175, -0.581, -0.269, -0.391, -0.999, -0.523)
    self_by_class = table(word_class(q), 0.701, 0.877, -0.505, -0.571, -0.0337, 0.529, 0.0798, 0.113, 0.204, -2.77, -0.556, 0.608, -1.87)
    prev_by_class = table(word_class(q), 0.433, 0.265, 0.302, 0.176, 0.27, 0.157, 0.0202, 0.227, -0.0883, -1.33, -0.671, 0.0395, -0.772)
    return -1.62 * (k == q) + -0.0761 * (k == q - 1) + 1.74 * (k >= sentence_start(q)) + 0.689 * is_punct(k) + 1.06 * is_sentence_end(k) + 0.465 * is_word_start(k) + 0.819 * decay(q - k, 1.0) + 2.86 * decay(q - k, 3.0) + 1.09 * decay(q - k, 10.0) + -0.123 * decay(q - k, 30.0) + -0.194 * is_function_word(k) + 0.115 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
