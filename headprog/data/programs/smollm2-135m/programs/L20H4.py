"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H4
label: first token
source: offline search (seed 0), fitted for L20H4
scores: synthesis_iou=0.9583 heldout_iou=0.9024 heldout_js=0.1055 n_heldout=32 heldout_iou_passage=0.8283 heldout_iou_sentence=0.9765
"""


@program(normalize="weights", fallback="first", head="L20H4", label="first token")
def L20H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.178, 0.057, 0.233, 0.383, 0.237, 0.735, 0.629, 0.379, 0.62, 2.98, 0.0703, 0.128, 2.9)
    first_by_class = table(word_class(q), 4.28, 3.35, 2.41, 1.13, 2.53, 2.02, 0.55, 2.51, 0.87, 0.56, 3.66, 3.07, 2.91)
    self_by_class = table(word_class(q), 0.335, 0.329, 0.532, 1.49, 0.525, 0.889, 2.56, 0.36, 1.05, 1.49, 0.295, 0.538, 0.431)
    prev_by_class = table(word_class(q), 0.377, 0.324, 0.408, 0.589, 0.374, 0.412, 0.515, 0.339, 0.345, 0.289, 0.284, 0.359, 0.317)
    return 0.163 * (k == q - 1) + 0.173 * (k == q - 2) + 1040.0 * (k == 0) + 0.13 * (k == last(is_word_start, q)) + 1.8 * (prev_token(k) == token(q)) + 0.0442 * (k >= sentence_start(q)) + 2.98 * is_sentence_end(k) + 0.0953 * decay(q - k, 3.0) + 0.0515 * decay(q - k, 10.0) + 7.9 * ((k == 0) * decay(q, 32.0)) + 28.2 * (k == 0 and is_word_start(q)) + 0.719 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
