"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H2
label: first token
source: offline search (seed 0), fitted for L20H2
scores: synthesis_iou=0.8327 heldout_iou=0.7380 heldout_js=0.2052 n_heldout=32 heldout_iou_passage=0.6188 heldout_iou_sentence=0.8571
"""


@program(normalize="weights", fallback="first", head="L20H2", label="first token")
def L20H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.24, 1.07, 0.912, 1.38, 0.421, 1.2, 1.6, 0.352, 0.599, 2.76, 0.0386, 0.842, 6.56)
    first_by_class = table(word_class(q), 0.704, 6.88, 0.769, 0.469, 0.371, 2.82, 0.373, 0.847, 2.07, 0.271, 5.97, 6.38, 3.49)
    self_by_class = table(word_class(q), 0.937, 0.302, 0.294, 0.577, 0.344, 0.316, 1.06, 0.311, 0.486, 7.86, 0.209, 0.28, 1.52)
    prev_by_class = table(word_class(q), 0.262, 0.226, 0.272, 0.316, 1.73, 0.586, 1.22, 0.303, 0.28, 0.297, 0.194, 0.233, 0.298)
    return 0.0797 * (k == q - 1) + 0.159 * (k == q - 2) + 208.0 * (k == 0) + 0.0833 * (k == last(is_word_start, q)) + 1.51 * (prev_token(k) == token(q)) + 0.457 * (k >= sentence_start(q)) + 2.76 * is_sentence_end(k) + 0.0865 * decay(q - k, 3.0) + 0.278 * decay(q - k, 10.0) + 4.75 * ((k == 0) * decay(q, 32.0)) + 2.45 * (k == 0 and is_word_start(q)) + 0.735 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
