"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H7
label: mixed
source: offline search (seed 0), fitted for L2H7
scores: synthesis_iou=0.5746 heldout_iou=0.5350 heldout_js=0.3305 n_heldout=32 heldout_iou_passage=0.4955 heldout_iou_sentence=0.5746
"""


@program(normalize="weights", fallback="first", head="L2H7", label="mixed")
def L2H7(q, k):
    """Token sinks: first ' '; first ' the'; first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.496, 0.126, 0.477, 0.141, 0.048, 2.26, 1.66, 0.182, 3.09, 7.28, 0.0915, 0.213, 6.08)
    first_by_class = table(word_class(q), 3.08, 7.84, 0.118, 0.789, 0.61, 0.244, 0.256, 3.1, 0.249, 11.3, 4.57, 5.5, 6.36)
    self_by_class = table(word_class(q), 0.555, 0.117, 7.3, 0.278, 0.111, 5.72, 3.16, 0.244, 1.68, 3.85, 0.245, 0.257, 1.82)
    prev_by_class = table(word_class(q), 1.35, 0.242, 4.92, 0.533, 0.128, 0.152, 1.21, 0.298, 0.105, 0.131, 3.11, 1.84, 0.259)
    return 0.064 * (k == q - 1) + 0.604 * (k == q - 2) + 3.57 * (k == 0) + 0.0693 * decay(q - k, 1.0) + 1.05 * decay(q - k, 3.0) + 1.72 * ((k == 0) * decay(q, 32.0)) + 1.24 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 5.08 * (token(k) == 28 and count(k) == 1) + 9.29 * (token(k) == 260) + 0.566 * (token(k) == 260 and count(k) == 1) + 6.89 * (token(k) == 216) + 3.89 * (token(k) == 216 and count(k) == 1)
