"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H8
label: first token
source: offline search (seed 0), fitted for L23H8
scores: synthesis_iou=0.9050 heldout_iou=0.8653 heldout_js=0.1445 n_heldout=32 heldout_iou_passage=0.8128 heldout_iou_sentence=0.9177
"""


@program(normalize="weights", fallback="first", head="L23H8", label="first token")
def L23H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.724, 0.904, 0.175, 0.707, 0.157, 0.174, 0.158, 0.278, 0.0969, 0.536, 0.0658, 0.401, 0.289)
    first_by_class = table(word_class(q), 4.7, 3.52, 2.32, 2.73, 2.3, 2.23, 1.57, 0.864, 2.59, 0.377, 3.72, 3.42, 0.313)
    self_by_class = table(word_class(q), 2.37, 1.02, 0.42, 0.45, 0.632, 0.482, 1.86, 1.2, 0.423, 6.13, 0.313, 0.493, 5.36)
    prev_by_class = table(word_class(q), 0.358, 0.376, 0.393, 0.451, 1.14, 1.29, 2.61, 1.74, 0.728, 5.66, 0.3, 0.327, 5.03)
    return 0.359 * (k == q - 2) + 1240.0 * (k == 0) + 0.241 * (k == last(is_punct, q) + 1) + 0.359 * (k == last(is_capitalized, q)) + 0.279 * (k >= sentence_start(q)) + 0.399 * decay(q - k, 3.0) + 0.425 * (k == 1) + 4.5 * ((k == 0) * decay(q, 32.0)) + 24.0 * (k == 0 and is_word_start(q)) + 0.372 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.208 * (k == last(is_function_word, q)) + 0.402 * (k == last(is_function_word, q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
