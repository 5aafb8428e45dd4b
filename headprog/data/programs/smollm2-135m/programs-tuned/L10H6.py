"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H6
label: mixed
source: offline search (seed 0), fitted for L10H6
scores: synthesis_iou=0.5397 heldout_iou=0.4875 heldout_js=0.3690 n_heldout=32 heldout_iou_passage=0.4457 heldout_iou_sentence=0.5292
"""


@program(normalize="weights", fallback="first", head="L10H6", label="mixed")
def L10H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.163, 0.163, 0.205, 0.103, 0.0585, 0.0568, 0.251, 0.0661, 0.15, 0.793, 0.0255, 0.153, 0.676)
    first_by_class = table(word_class(q), 1.31, 3.94, 1.6, 0.318, 0.291, 1.13, 3.95, 0.26, 2.42, 4.16, 0.327, 2.52, 4.3)
    self_by_class = table(word_class(q), 3.26, 8.64, 2.96, 0.225, 2.94, 1.23, 1.55, 0.241, 0.316, 3.59, 0.15, 13.0, 0.251)
    prev_by_class = table(word_class(q), 1.23, 9.15, 29.2, 5.87, 28.2, 0.171, 0.182, 5.04, 0.375, 0.165, 0.305, 1.22, 7.27)
    return 1.74 * (k == q) + 0.645 * (k == q - 1) + 0.887 * (k == q - 2) + 3.12 * (k == 0) + 0.545 * (k == last(is_punct, q)) + 4.28 * decay(q - k, 3.0) + 0.0532 * (k == last(is_function_word, q)) + 1.23 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 6.98 * (token(k) == 260) + 9.03 * (token(k) == 260 and count(k) == 1) + 0.735 * (token(k) == 216) + 13.1 * (token(k) == 216 and count(k) == 1)
