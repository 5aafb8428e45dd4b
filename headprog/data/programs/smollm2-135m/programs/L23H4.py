"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H4
label: first token
source: offline search (seed 0), fitted for L23H4
scores: synthesis_iou=0.6756 heldout_iou=0.5897 heldout_js=0.3193 n_heldout=32 heldout_iou_passage=0.5186 heldout_iou_sentence=0.6609
"""


@program(normalize="weights", fallback="first", head="L23H4", label="first token")
def L23H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.322, 4.97, 0.111, 0.19, 0.0622, 0.153, 0.26, 0.171, 0.189, 2.1, 0.232, 4.58, 0.361)
    first_by_class = table(word_class(q), 15.9, 2.58, 0.645, 3.4, 0.409, 1.13, 1.47, 2.95, 1.38, 0.663, 1.42, 0.539, 2.08)
    self_by_class = table(word_class(q), 0.725, 4.01, 0.303, 0.385, 0.29, 0.486, 1.61, 0.401, 0.942, 5.57, 0.907, 11.6, 4.97)
    prev_by_class = table(word_class(q), 0.215, 1.11, 0.903, 0.482, 2.71, 6.63, 2.47, 0.541, 5.52, 1.65, 0.535, 3.4, 3.48)
    return 0.606 * (k == q - 2) + 311.0 * (k == 0) + 0.127 * (k == last(is_punct, q) + 1) + 1.58 * (k == last(is_capitalized, q)) + 0.847 * (k >= sentence_start(q)) + 1.08 * decay(q - k, 3.0) + 1.03 * (k == 1) + 1.61 * ((k == 0) * decay(q, 32.0)) + 10.5 * (k == 0 and is_word_start(q)) + 0.167 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.0898 * (k == last(is_function_word, q)) + 0.621 * (k == last(is_function_word, q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
