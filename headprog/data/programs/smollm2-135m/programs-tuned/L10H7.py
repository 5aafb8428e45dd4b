"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H7
label: mixed
source: offline search (seed 0), fitted for L10H7
scores: synthesis_iou=0.5475 heldout_iou=0.4871 heldout_js=0.3665 n_heldout=32 heldout_iou_passage=0.4469 heldout_iou_sentence=0.5273
"""


@program(normalize="weights", fallback="first", head="L10H7", label="mixed")
def L10H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.222, 0.125, 0.995, 0.337, 0.237, 0.572, 1.35, 0.152, 0.556, 1.54, 0.188, 0.181, 1.34)
    first_by_class = table(word_class(q), 1.23, 7.61, 0.178, 0.353, 0.311, 2.79, 2.62, 2.84, 0.375, 4.81, 2.89, 3.69, 4.6)
    self_by_class = table(word_class(q), 0.043, 0.104, 7.58, 6.17, 2.04, 17.4, 11.6, 2.9, 8.79, 1.05, 1.52, 0.153, 1.36)
    prev_by_class = table(word_class(q), 1.06, 0.132, 5.77, 0.281, 0.225, 0.467, 0.142, 2.0, 0.146, 0.149, 0.128, 0.865, 4.42)
    return 0.043 * (k == q) + 0.0401 * (k == q - 1) + 0.543 * (k == q - 2) + 2.6 * (k == 0) + 2.44 * (k == last(is_punct, q)) + 4.75 * decay(q - k, 3.0) + 3.64 * (k == last(is_function_word, q)) + 0.114 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 7.3 * (token(k) == 260) + 8.04 * (token(k) == 260 and count(k) == 1) + 1.36 * (token(k) == 216) + 9.14 * (token(k) == 216 and count(k) == 1)
