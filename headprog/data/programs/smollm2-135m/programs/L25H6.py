"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H6
label: first token
source: offline search (seed 0), fitted for L25H6
scores: synthesis_iou=0.6673 heldout_iou=0.6694 heldout_js=0.2559 n_heldout=32 heldout_iou_passage=0.6314 heldout_iou_sentence=0.7074
"""


@program(normalize="weights", fallback="first", head="L25H6", label="first token")
def L25H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0534, 0.0552, 0.0497, 0.0883, 0.0439, 0.0545, 0.207, 0.349, 0.0575, 0.939, 0.0218, 0.0269, 0.16)
    first_by_class = table(word_class(q), 1.36, 6.86, 0.335, 0.273, 0.539, 0.259, 0.271, 0.273, 1.44, 0.624, 6.44, 6.26, 4.43)
    self_by_class = table(word_class(q), 1.91, 0.223, 4.69, 5.58, 4.58, 6.41, 7.04, 5.61, 2.88, 8.42, 0.211, 0.232, 0.279)
    prev_by_class = table(word_class(q), 6.56, 0.193, 11.9, 6.76, 2.82, 5.35, 7.11, 4.72, 0.662, 0.283, 0.211, 0.241, 1.36)
    return 3.69 * (k == q) + 2.28 * (k == q - 1) + 1.01 * (k == q - 2) + 256.0 * (k == 0) + 0.432 * (k >= sentence_start(q)) + 12.2 * decay(q - k, 1.0) + 3.66 * decay(q - k, 3.0) + 1.62 * ((k == 0) * decay(q, 32.0)) + 1.31 * (k == 0 and is_word_start(q)) + 10.6 * (k == q and is_word_start(q)) + 1.63 * (k == last(is_function_word, q)) + 0.271 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
