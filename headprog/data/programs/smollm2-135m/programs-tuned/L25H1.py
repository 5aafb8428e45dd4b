"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H1
label: first token
source: offline search (seed 0), fitted for L25H1
scores: synthesis_iou=0.7087 heldout_iou=0.6564 heldout_js=0.2673 n_heldout=32 heldout_iou_passage=0.6040 heldout_iou_sentence=0.7088
"""


@program(normalize="weights", fallback="first", head="L25H1", label="first token")
def L25H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.228, 0.42, 0.122, 0.422, 0.0873, 0.111, 0.264, 0.179, 0.0803, 0.537, 0.0229, 0.152, 0.0734)
    first_by_class = table(word_class(q), 8.1, 3.77, 0.646, 2.49, 3.47, 0.256, 0.294, 0.304, 0.532, 0.304, 5.26, 4.12, 1.18)
    self_by_class = table(word_class(q), 0.338, 0.381, 10.3, 0.404, 0.502, 4.6, 10.7, 5.12, 6.56, 9.01, 0.202, 0.299, 0.351)
    prev_by_class = table(word_class(q), 0.274, 0.232, 19.5, 1.1, 0.241, 11.8, 8.75, 5.23, 13.3, 4.93, 0.199, 0.323, 1.84)
    return 0.746 * (k == q) + 0.533 * (k == q - 1) + 0.63 * (k == q - 2) + 302.0 * (k == 0) + 0.517 * (k >= sentence_start(q)) + 0.637 * decay(q - k, 1.0) + 1.7 * decay(q - k, 3.0) + 3.59 * ((k == 0) * decay(q, 32.0)) + 10.6 * (k == 0 and is_word_start(q)) + 0.666 * (k == q and is_word_start(q)) + 0.295 * (k == last(is_function_word, q)) + 1.22 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
