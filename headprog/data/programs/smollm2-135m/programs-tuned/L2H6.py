"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H6
label: mixed
source: offline search (seed 0), fitted for L2H6
scores: synthesis_iou=0.5611 heldout_iou=0.5156 heldout_js=0.3439 n_heldout=32 heldout_iou_passage=0.4758 heldout_iou_sentence=0.5553
"""


@program(normalize="weights", fallback="first", head="L2H6", label="mixed")
def L2H6(q, k):
    """Token sinks: first ' '; first ' the'; first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.743, 0.198, 0.265, 0.147, 0.0367, 1.93, 1.43, 0.416, 2.04, 5.7, 0.133, 0.511, 5.91)
    first_by_class = table(word_class(q), 2.83, 6.42, 0.181, 4.92, 0.368, 0.306, 2.64, 0.417, 0.273, 1.71, 3.66, 6.0, 0.35)
    self_by_class = table(word_class(q), 2.4, 0.102, 5.05, 0.271, 0.0726, 3.32, 2.14, 0.462, 0.384, 0.807, 0.105, 3.09, 6.17)
    prev_by_class = table(word_class(q), 5.84, 2.16, 1.51, 0.448, 1.02, 0.206, 0.497, 2.31, 0.174, 0.128, 0.171, 4.47, 0.298)
    return 0.121 * (k == q - 1) + 1.45 * (k == q - 2) + 3.96 * (k == 0) + 0.0628 * decay(q - k, 1.0) + 1.47 * decay(q - k, 3.0) + 6.33 * ((k == 0) * decay(q, 32.0)) + 0.178 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 4.45 * (token(k) == 28 and count(k) == 1) + 6.96 * (token(k) == 260) + 1.8 * (token(k) == 260 and count(k) == 1) + 3.57 * (token(k) == 216) + 6.73 * (token(k) == 216 and count(k) == 1)
