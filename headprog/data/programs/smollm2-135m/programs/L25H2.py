"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H2
label: first token
source: offline search (seed 0), fitted for L25H2
scores: synthesis_iou=0.4982 heldout_iou=0.4684 heldout_js=0.4007 n_heldout=32 heldout_iou_passage=0.4303 heldout_iou_sentence=0.5065
"""


@program(normalize="weights", fallback="first", head="L25H2", label="first token")
def L25H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.113, 0.147, 0.0815, 0.427, 0.0495, 0.0391, 0.158, 0.164, 0.0369, 0.327, 0.0172, 0.0927, 0.0638)
    first_by_class = table(word_class(q), 0.912, 7.97, 1.82, 0.262, 1.36, 0.521, 0.223, 0.303, 0.455, 1.54, 9.63, 6.77, 4.76)
    self_by_class = table(word_class(q), 31.6, 0.295, 1.0, 6.85, 0.52, 0.712, 8.23, 5.12, 3.42, 5.68, 0.191, 0.248, 0.256)
    prev_by_class = table(word_class(q), 17.7, 0.168, 3.98, 2.83, 0.806, 1.18, 56.9, 5.46, 9.28, 0.275, 0.174, 0.253, 0.258)
    return 1.18 * (k == q) + 2.54 * (k == q - 1) + 1.92 * (k == q - 2) + 150.0 * (k == 0) + 1.1 * (k >= sentence_start(q)) + 1.73 * decay(q - k, 1.0) + 4.26 * decay(q - k, 3.0) + 2.18 * ((k == 0) * decay(q, 32.0)) + 1.39 * (k == 0 and is_word_start(q)) + 3.12 * (k == q and is_word_start(q)) + 0.349 * (k == last(is_function_word, q)) + 0.455 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
