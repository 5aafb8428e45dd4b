"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H1
label: mixed
source: offline search (seed 0), fitted for L5H1
scores: synthesis_iou=0.6079 heldout_iou=0.5314 heldout_js=0.3412 n_heldout=32 heldout_iou_passage=0.4517 heldout_iou_sentence=0.6111
"""


@program(normalize="weights", fallback="first", head="L5H1", label="mixed")
def L5H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.574, 0.358, 0.105, 0.0964, 0.171, 0.0951, 0.336, 0.09, 0.0831, 0.577, 0.154, 0.233, 0.31)
    first_by_class = table(word_class(q), 0.129, 7.11, 1.14, 5.02, 5.24, 7.85, 2.66, 5.4, 9.67, 9.57, 0.179, 0.367, 0.431)
    self_by_class = table(word_class(q), 3.74, 2.27, 0.996, 0.461, 1.76, 0.213, 0.363, 0.241, 0.186, 4.21, 2.94, 2.95, 2.67)
    prev_by_class = table(word_class(q), 2.29, 3.85, 0.836, 0.438, 4.04, 0.236, 0.728, 0.275, 0.178, 0.194, 5.18, 3.78, 6.81)
    return 0.649 * (k == q) + 13.9 * (k == 0) + 0.163 * (k < q and token(k) == token(q)) + 0.124 * (k < q and lower(k) == lower(q)) + 0.913 * (k >= sentence_start(q)) + 7.42 * ((k == 0) * decay(q, 32.0)) + 0.429 * (k == 0 and is_word_start(q)) + 0.394 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 10.0 * (token(k) == 260) + 10.6 * (token(k) == 260 and count(k) == 1) + 1.35 * (token(k) == 216) + 20.1 * (token(k) == 216 and count(k) == 1)
