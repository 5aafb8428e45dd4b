"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H5
label: first token
source: offline search (seed 0), fitted for L25H5
scores: synthesis_iou=0.7679 heldout_iou=0.7592 heldout_js=0.1948 n_heldout=32 heldout_iou_passage=0.7284 heldout_iou_sentence=0.7900
"""


@program(normalize="weights", fallback="first", head="L25H5", label="first token")
def L25H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0759, 0.0357, 0.141, 0.126, 0.201, 0.116, 0.117, 1.09, 0.0582, 0.328, 0.0271, 0.0285, 0.081)
    first_by_class = table(word_class(q), 0.614, 5.35, 0.5, 0.271, 3.07, 4.39, 2.73, 0.392, 1.19, 3.17, 4.1, 5.45, 5.13)
    self_by_class = table(word_class(q), 14.8, 0.989, 4.45, 4.96, 0.37, 0.336, 0.318, 5.02, 1.74, 0.413, 1.78, 0.365, 0.264)
    prev_by_class = table(word_class(q), 3.21, 0.21, 4.36, 5.09, 2.0, 0.415, 0.356, 0.361, 0.4, 0.274, 0.79, 0.297, 0.266)
    return 15.0 * (k == q) + 0.43 * (k == q - 1) + 0.662 * (k == q - 2) + 365.0 * (k == 0) + 0.438 * (k >= sentence_start(q)) + 1.64 * decay(q - k, 1.0) + 4.37 * decay(q - k, 3.0) + 2.17 * ((k == 0) * decay(q, 32.0)) + 4.26 * (k == 0 and is_word_start(q)) + 4.42 * (k == q and is_word_start(q)) + 3.36 * (k == last(is_function_word, q)) + 2.5 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
