"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H4
label: first token
source: offline search (seed 0), fitted for L26H4
scores: synthesis_iou=0.6104 heldout_iou=0.5995 heldout_js=0.2923 n_heldout=32 heldout_iou_passage=0.5552 heldout_iou_sentence=0.6437
"""


@program(normalize="weights", fallback="first", head="L26H4", label="first token")
def L26H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0586, 0.0489, 0.0871, 0.0636, 0.064, 0.0551, 0.043, 0.153, 0.0608, 0.728, 0.0217, 0.0287, 0.198)
    first_by_class = table(word_class(q), 1.26, 7.35, 0.258, 0.266, 6.02, 0.256, 1.04, 0.275, 0.254, 0.252, 7.49, 6.35, 0.279)
    self_by_class = table(word_class(q), 2.69, 0.262, 8.85, 5.17, 1.89, 3.99, 1.41, 4.04, 4.14, 15.4, 0.21, 0.238, 4.45)
    prev_by_class = table(word_class(q), 8.61, 0.187, 39.8, 6.37, 0.199, 4.74, 2.83, 5.43, 20.9, 0.25, 0.21, 0.342, 5.44)
    return 3.83 * (k == q) + 0.473 * (k == q - 2) + 191.0 * (k == 0) + 0.403 * (k == last(is_punct, q)) + 0.106 * (k == last(is_punct, q) + 1) + 0.378 * (k >= sentence_start(q)) + 26.8 * decay(q - k, 1.0) + 2.11 * decay(q - k, 3.0) + 2.54 * ((k == 0) * decay(q, 32.0)) + 5.53 * (k == 0 and is_word_start(q)) + 3.44 * (k == q and is_word_start(q)) + 0.761 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
