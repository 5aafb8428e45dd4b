"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H3
label: mixed
source: offline search (seed 0), fitted for L10H3
scores: synthesis_iou=0.5416 heldout_iou=0.4839 heldout_js=0.3746 n_heldout=32 heldout_iou_passage=0.4463 heldout_iou_sentence=0.5216
"""


@program(normalize="weights", fallback="first", head="L10H3", label="mixed")
def L10H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0153, 0.015, 0.142, 0.0674, 0.0566, 0.0418, 0.122, 0.11, 0.0695, 0.421, 0.056, 0.0226, 0.82)
    first_by_class = table(word_class(q), 1.84, 6.66, 1.54, 0.269, 7.58, 0.269, 9.13, 5.36, 0.211, 0.574, 0.199, 0.294, 0.259)
    self_by_class = table(word_class(q), 35.8, 1.02, 0.346, 5.9, 16.5, 0.255, 0.21, 0.254, 0.194, 4.91, 0.181, 12.5, 5.9)
    prev_by_class = table(word_class(q), 3.91, 1.34, 0.472, 4.89, 0.484, 1.78, 0.171, 0.259, 0.185, 0.164, 2.24, 5.95, 5.78)
    return 12.5 * (k == q) + 0.242 * (k == q - 1) + 1.06 * (k == q - 2) + 14.9 * (k == 0) + 1.79 * (k == last(is_punct, q)) + 4.9 * decay(q - k, 3.0) + 4.26 * (k == last(is_function_word, q)) + 0.21 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 20.1 * (token(k) == 260) + 26.9 * (token(k) == 260 and count(k) == 1) + 3.3 * (token(k) == 216) + 25.9 * (token(k) == 216 and count(k) == 1)
