"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H0
label: token sink
source: offline search (seed 0), fitted for L7H0
scores: synthesis_iou=0.8048 heldout_iou=0.6945 heldout_js=0.2512 n_heldout=32 heldout_iou_passage=0.5679 heldout_iou_sentence=0.8212
"""


@program(normalize="weights", fallback="first", head="L7H0", label="token sink")
def L7H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.016, 0.0145, 0.0228, 0.0297, 0.0306, 0.0361, 0.388, 0.107, 0.0496, 0.151, 0.0499, 0.0232, 0.153)
    first_by_class = table(word_class(q), 0.629, 5.95, 5.21, 0.534, 1.61, 4.82, 4.09, 4.54, 5.2, 5.57, 0.407, 3.56, 0.296)
    self_by_class = table(word_class(q), 0.0658, 0.12, 0.679, 0.292, 0.185, 0.79, 0.52, 0.313, 1.83, 34.2, 7.52, 0.187, 22.1)
    prev_by_class = table(word_class(q), 0.155, 0.161, 1.85, 0.71, 0.178, 0.578, 0.417, 3.0, 0.481, 0.317, 22.8, 0.261, 73.4)
    return 0.0633 * (k == q) + 0.241 * (k == q - 2) + 59.3 * (k == 0) + 0.147 * decay(q - k, 3.0) + 46.3 * ((k == 0) * decay(q, 32.0)) + 3.54 * (k == 0 and is_word_start(q)) + 0.0954 * (k == prev_occurrence(q) + 1) + 0.15 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 89.9 * (token(k) == 260) + 89.8 * (token(k) == 260 and count(k) == 1) + 9.67 * (token(k) == 216) + 143.0 * (token(k) == 216 and count(k) == 1)
