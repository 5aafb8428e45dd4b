"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H4
label: mixed
source: offline search (seed 0), fitted for L10H4
scores: synthesis_iou=0.5409 heldout_iou=0.4889 heldout_js=0.3759 n_heldout=32 heldout_iou_passage=0.4397 heldout_iou_sentence=0.5381
"""


@program(normalize="weights", fallback="first", head="L10H4", label="mixed")
def L10H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00844, 0.0109, 0.056, 0.0354, 0.0228, 0.0368, 0.0843, 0.0889, 0.0476, 0.163, 0.0161, 0.0151, 0.298)
    first_by_class = table(word_class(q), 2.11, 0.306, 3.41, 4.35, 0.365, 0.356, 9.96, 5.09, 0.471, 0.768, 0.207, 1.13, 2.4)
    self_by_class = table(word_class(q), 2.69, 4.62, 2.66, 2.14, 0.32, 4.64, 2.66, 0.262, 5.11, 7.06, 0.158, 0.367, 4.89)
    prev_by_class = table(word_class(q), 14.6, 73.7, 2.42, 0.28, 6.3, 5.96, 0.172, 5.13, 2.65, 0.161, 6.75, 8.55, 0.292)
    return 1.85 * (k == q) + 8.23 * (k == q - 1) + 5.85 * (k == q - 2) + 9.68 * (k == 0) + 2.16 * (k == last(is_punct, q)) + 2.16 * decay(q - k, 3.0) + 2.69 * (k == last(is_function_word, q)) + 0.337 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 21.8 * (token(k) == 260) + 27.8 * (token(k) == 260 and count(k) == 1) + 1.59 * (token(k) == 216) + 25.8 * (token(k) == 216 and count(k) == 1)
