"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H8
label: mixed
source: offline search (seed 0), fitted for L7H8
scores: synthesis_iou=0.6955 heldout_iou=0.5952 heldout_js=0.3202 n_heldout=32 heldout_iou_passage=0.4992 heldout_iou_sentence=0.6912
"""


@program(normalize="weights", fallback="first", head="L7H8", label="mixed")
def L7H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.172, 0.0386, 0.25, 0.0992, 0.127, 0.132, 0.615, 0.169, 0.304, 3.9, 0.0386, 0.0782, 3.39)
    first_by_class = table(word_class(q), 4.48, 14.4, 0.283, 0.303, 0.234, 0.258, 0.25, 1.68, 0.29, 7.75, 0.36, 7.25, 5.14)
    self_by_class = table(word_class(q), 0.0759, 0.102, 2.07, 4.89, 5.63, 7.28, 5.75, 0.664, 2.81, 0.395, 0.147, 0.146, 0.338)
    prev_by_class = table(word_class(q), 0.118, 0.116, 0.838, 9.58, 2.18, 1.5, 0.746, 5.0, 0.207, 0.155, 0.174, 0.187, 1.51)
    return 0.0481 * (k == q) + 0.165 * (k == q - 2) + 29.3 * (k == 0) + 2.16 * decay(q - k, 3.0) + 29.8 * ((k == 0) * decay(q, 32.0)) + 0.563 * (k == 0 and is_word_start(q)) + 1.51 * (k == prev_occurrence(q) + 1) + 1.98 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 31.0 * (token(k) == 260) + 22.0 * (token(k) == 260 and count(k) == 1) + 5.18 * (token(k) == 216) + 53.2 * (token(k) == 216 and count(k) == 1)
