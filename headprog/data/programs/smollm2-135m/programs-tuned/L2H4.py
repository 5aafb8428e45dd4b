"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H4
label: mixed
source: offline search (seed 0), fitted for L2H4
scores: synthesis_iou=0.5767 heldout_iou=0.4995 heldout_js=0.3755 n_heldout=32 heldout_iou_passage=0.4488 heldout_iou_sentence=0.5502
"""


@program(normalize="softmax", fallback="first", head="L2H4", label="mixed")
def L2H4(q, k):
    """Token sinks: first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -1.1, -1.88, -0.0321, -0.912, 0.351, 0.768, 0.566, -0.549, 0.187, 1.25, -1.59, -0.566, 2.36)
    first_by_class = table(word_class(q), -0.0163, 0.427, 0.128, 0.495, 0.138, 0.129, 0.317, -0.24, 0.247, 0.455, 0.349, 0.543, -0.0271)
    self_by_class = table(word_class(q), 0.991, -0.18, 0.799, 0.241, 1.4, 1.15, 1.39, 0.0933, 0.388, 0.676, 0.056, 0.644, -0.198)
    prev_by_class = table(word_class(q), -0.0368, -0.258, 0.161, -0.256, 0.0505, 0.458, 0.102, -0.161, -0.191, -0.119, -0.473, 0.055, 0.302)
    return 2.49 * (k == 0) + -0.029 * (k >= sentence_start(q)) + 1.24 * is_punct(k) + 0.0919 * decay(q - k, 3.0) + -1.49 * decay(q - k, 10.0) + -0.716 * decay(q - k, 30.0) + 0.204 * (k == 1) + 0.581 * is_function_word(k) + 0.471 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.64 * (token(k) == 28 and count(k) == 1) + 1.53 * (token(k) == 260) + 3.64 * (token(k) == 216)
