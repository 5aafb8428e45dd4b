"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H2
label: previous token
source: offline search (seed 0), fitted for L10H2
scores: synthesis_iou=0.5195 heldout_iou=0.4645 heldout_js=0.3905 n_heldout=32 heldout_iou_passage=0.4407 heldout_iou_sentence=0.4883
"""


@program(normalize="weights", fallback="first", head="L10H2", label="previous token")
def L10H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0111, 0.0119, 0.193, 0.0558, 0.0116, 0.0873, 0.0681, 0.0634, 0.232, 1.09, 0.0163, 0.0188, 1.17)
    first_by_class = table(word_class(q), 0.778, 3.09, 0.505, 0.217, 0.75, 1.35, 3.11, 0.294, 0.899, 0.365, 1.55, 1.49, 0.275)
    self_by_class = table(word_class(q), 0.598, 0.0952, 45.1, 0.293, 2.14, 8.42, 9.18, 3.84, 5.63, 7.46, 0.128, 0.95, 1.06)
    prev_by_class = table(word_class(q), 5.98, 1.32, 275.0, 13.0, 8.38, 0.161, 0.176, 5.55, 0.169, 0.141, 1.24, 4.48, 0.246)
    return 0.293 * (k == q) + 0.117 * (k == q - 1) + 2.27 * (k == q - 2) + 0.646 * (k == 0) + 2.87 * (k == last(is_punct, q)) + 1.85 * decay(q - k, 3.0) + 1.72 * (k == last(is_function_word, q)) + 4.34 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 10.4 * (token(k) == 260) + 8.58 * (token(k) == 260 and count(k) == 1) + 2.46 * (token(k) == 216) + 12.2 * (token(k) == 216 and count(k) == 1)
