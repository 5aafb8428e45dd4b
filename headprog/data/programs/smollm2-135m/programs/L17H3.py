"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H3
label: first token
source: offline search (seed 0), fitted for L17H3
scores: synthesis_iou=0.9603 heldout_iou=0.9201 heldout_js=0.0922 n_heldout=32 heldout_iou_passage=0.8651 heldout_iou_sentence=0.9751
"""


@program(normalize="weights", fallback="first", head="L17H3", label="first token")
def L17H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.2, 0.147, 0.0978, 0.217, 0.107, 0.143, 0.221, 0.33, 0.0909, 0.206, 0.0778, 0.125, 0.244)
    first_by_class = table(word_class(q), 6.01, 3.57, 3.3, 1.73, 3.46, 2.36, 0.791, 1.91, 3.28, 0.454, 4.29, 3.35, 0.429)
    self_by_class = table(word_class(q), 0.265, 0.334, 0.402, 0.4, 0.381, 0.53, 0.403, 0.394, 0.382, 0.376, 0.29, 0.305, 0.36)
    prev_by_class = table(word_class(q), 0.246, 0.308, 0.343, 0.369, 0.345, 0.508, 0.389, 0.355, 0.338, 0.352, 0.289, 0.305, 0.355)
    return 0.157 * (k == q - 1) + 0.168 * (k == q - 2) + 4000.0 * (k == 0) + 51.3 * (prev_token(k) == token(q)) + 0.0448 * (k >= sentence_start(q)) + 0.077 * decay(q - k, 3.0) + 0.0446 * decay(q - k, 10.0) + 9.71 * ((k == 0) * decay(q, 32.0)) + 29.0 * (k == 0 and is_word_start(q)) + 4.99 * (k == prev_occurrence(q) + 1) + 0.123 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 5.36 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
