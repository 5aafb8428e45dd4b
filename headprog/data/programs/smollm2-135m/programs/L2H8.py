"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H8
label: mixed
source: offline search (seed 0), fitted for L2H8
scores: synthesis_iou=0.5798 heldout_iou=0.5337 heldout_js=0.3348 n_heldout=32 heldout_iou_passage=0.4871 heldout_iou_sentence=0.5803
"""


@program(normalize="weights", fallback="first", head="L2H8", label="mixed")
def L2H8(q, k):
    """Token sinks: first ' '; first ' the'; first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.192, 0.0262, 0.312, 0.0742, 0.0343, 2.86, 3.09, 0.12, 4.65, 9.04, 0.0548, 0.0744, 12.2)
    first_by_class = table(word_class(q), 0.418, 16.9, 0.246, 1.56, 0.821, 3.0, 2.75, 0.295, 2.08, 7.64, 0.6, 7.48, 2.98)
    self_by_class = table(word_class(q), 0.382, 0.108, 3.3, 2.52, 0.108, 3.63, 4.14, 3.75, 1.93, 6.57, 0.134, 0.458, 5.66)
    prev_by_class = table(word_class(q), 3.41, 0.584, 6.5, 4.87, 0.164, 0.266, 0.21, 5.04, 0.121, 0.13, 0.362, 0.994, 5.15)
    return 0.0718 * (k == q - 1) + 0.713 * (k == q - 2) + 2.18 * (k == 0) + 0.0878 * decay(q - k, 1.0) + 0.896 * decay(q - k, 3.0) + 5.51 * ((k == 0) * decay(q, 32.0)) + 3.41 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 4.54 * (token(k) == 28 and count(k) == 1) + 15.8 * (token(k) == 260) + 1.49 * (token(k) == 260 and count(k) == 1) + 16.3 * (token(k) == 216) + 7.1 * (token(k) == 216 and count(k) == 1)
