"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H2
label: mixed
source: offline search (seed 0), fitted for L27H2
scores: synthesis_iou=0.6345 heldout_iou=0.5802 heldout_js=0.3184 n_heldout=32 heldout_iou_passage=0.5087 heldout_iou_sentence=0.6516
"""


@program(normalize="softmax", fallback="first", head="L27H2", label="mixed")
def L27H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.185, 1.16, 0.0419, -0.531, 0.0659, -0.54, 0.428, -0.329, -0.469, 0.684, -0.958, -0.0638, -0.113)
    first_by_class = table(word_class(q), 0.767, 2.31, -0.28, -0.0893, 0.15, 0.228, -0.463, -0.45, 1.51, -0.0901, 2.74, 1.8, -1.55)
    self_by_class = table(word_class(q), 0.0963, -0.223, 0.151, 0.593, 0.154, 0.409, 0.237, -0.286, 0.581, 0.679, -0.0197, -0.0283, -0.06)
    prev_by_class = table(word_class(q), 0.198, -0.359, 0.505, 0.345, -0.426, 0.505, 1.01, 0.145, 0.656, -0.487, -0.159, -0.0296, 0.827)
    return 4.54 * (k == 0) + -0.892 * (k == sentence_start(q)) + 0.901 * (k >= sentence_start(q)) + -0.958 * is_digit(k) + 0.402 * (count(k) == 1) + 0.957 * decay(q - k, 1.0) + 0.884 * decay(q - k, 3.0) + 0.317 * decay(q - k, 10.0) + 0.877 * (k == 0 and is_word_start(q)) + -0.422 * is_function_word(k) + -0.138 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + -0.0219 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
