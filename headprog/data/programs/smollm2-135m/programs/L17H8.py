"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H8
label: mixed
source: offline search (seed 0), fitted for L17H8
scores: synthesis_iou=0.7304 heldout_iou=0.7159 heldout_js=0.1868 n_heldout=32 heldout_iou_passage=0.7098 heldout_iou_sentence=0.7221
"""


@program(normalize="weights", fallback="first", head="L17H8", label="mixed")
def L17H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0317, 0.0595, 0.0535, 0.108, 0.0495, 0.0975, 0.107, 0.232, 0.0809, 0.22, 0.0544, 0.0565, 0.182)
    first_by_class = table(word_class(q), 0.421, 6.59, 0.323, 0.281, 5.81, 2.67, 0.283, 0.29, 6.15, 5.11, 3.34, 5.38, 0.275)
    self_by_class = table(word_class(q), 5.98, 5.74, 2.99, 4.56, 0.292, 0.28, 5.3, 4.67, 0.279, 5.05, 5.17, 3.77, 5.13)
    prev_by_class = table(word_class(q), 10.1, 0.286, 5.36, 5.44, 0.33, 5.43, 5.61, 0.291, 5.41, 0.324, 0.305, 1.69, 5.25)
    return 187.0 * (k == q - 1) + 78.5 * (k == q - 2) + 296.0 * (k == 0) + 0.153 * (prev_token(k) == token(q)) + 0.0402 * (k >= sentence_start(q)) + 35.4 * decay(q - k, 3.0) + 0.0432 * decay(q - k, 10.0) + 0.496 * ((k == 0) * decay(q, 32.0)) + 0.914 * (k == 0 and is_word_start(q)) + 0.379 * (k == prev_occurrence(q) + 1) + 0.0254 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.423 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
