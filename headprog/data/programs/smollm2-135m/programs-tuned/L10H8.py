"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H8
label: local
source: offline search (seed 0), fitted for L10H8
scores: synthesis_iou=0.5847 heldout_iou=0.5401 heldout_js=0.3294 n_heldout=32 heldout_iou_passage=0.5074 heldout_iou_sentence=0.5729
"""


@program(normalize="weights", fallback="first", head="L10H8", label="local")
def L10H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.105, 0.0629, 0.472, 0.182, 0.0949, 0.12, 0.383, 0.0658, 0.241, 0.686, 0.0352, 0.137, 0.703)
    first_by_class = table(word_class(q), 0.448, 0.481, 2.15, 0.299, 0.946, 0.441, 0.197, 1.11, 2.07, 0.403, 0.322, 0.499, 0.228)
    self_by_class = table(word_class(q), 0.0461, 0.138, 29.7, 7.45, 18.0, 62.0, 16.3, 0.308, 65.1, 64.8, 4.91, 0.174, 7.11)
    prev_by_class = table(word_class(q), 0.578, 0.302, 4.77, 2.05, 0.126, 0.257, 0.23, 3.92, 0.124, 0.175, 1.86, 0.522, 2.93)
    return 4.43 * (k == q) + 0.068 * (k == q - 1) + 0.272 * (k == q - 2) + 0.132 * (k == 0) + 0.652 * (k == last(is_punct, q)) + 2.43 * decay(q - k, 3.0) + 0.254 * (k == last(is_function_word, q)) + 0.126 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 2.48 * (token(k) == 260) + 3.28 * (token(k) == 260 and count(k) == 1) + 0.527 * (token(k) == 216) + 4.87 * (token(k) == 216 and count(k) == 1)
