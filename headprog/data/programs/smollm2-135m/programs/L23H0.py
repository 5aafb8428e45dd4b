"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H0
label: first token
source: offline search (seed 0), fitted for L23H0
scores: synthesis_iou=0.7515 heldout_iou=0.7044 heldout_js=0.2406 n_heldout=32 heldout_iou_passage=0.6257 heldout_iou_sentence=0.7832
"""


@program(normalize="weights", fallback="first", head="L23H0", label="first token")
def L23H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.595, 1.38, 0.359, 0.236, 0.178, 0.299, 0.16, 0.292, 0.138, 1.31, 0.154, 1.45, 0.124)
    first_by_class = table(word_class(q), 3.28, 4.27, 1.36, 3.56, 1.82, 2.27, 2.48, 1.19, 1.65, 0.307, 3.47, 3.67, 0.298)
    self_by_class = table(word_class(q), 3.78, 0.468, 0.401, 0.302, 0.415, 0.433, 0.371, 0.391, 0.72, 4.92, 0.536, 0.752, 0.631)
    prev_by_class = table(word_class(q), 0.527, 0.31, 0.498, 0.319, 0.76, 5.04, 0.508, 0.558, 3.65, 4.7, 0.351, 0.329, 4.87)
    return 0.452 * (k == q - 2) + 518.0 * (k == 0) + 0.151 * (k == last(is_punct, q) + 1) + 0.652 * (k == last(is_capitalized, q)) + 0.872 * (k >= sentence_start(q)) + 0.491 * decay(q - k, 3.0) + 1.73 * (k == 1) + 2.73 * ((k == 0) * decay(q, 32.0)) + 22.0 * (k == 0 and is_word_start(q)) + 0.608 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.141 * (k == last(is_function_word, q)) + 0.522 * (k == last(is_function_word, q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
