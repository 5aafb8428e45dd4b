"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H3
label: token sink
source: offline search (seed 0), fitted for L7H3
scores: synthesis_iou=0.7825 heldout_iou=0.6657 heldout_js=0.2590 n_heldout=32 heldout_iou_passage=0.5522 heldout_iou_sentence=0.7793
"""


@program(normalize="weights", fallback="first", head="L7H3", label="token sink")
def L7H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.185, 0.0505, 1.02, 0.372, 1.37, 0.79, 0.457, 0.134, 0.744, 2.48, 0.279, 0.102, 1.65)
    first_by_class = table(word_class(q), 1.82, 10.8, 1.79, 0.824, 4.04, 1.37, 0.265, 4.09, 0.364, 0.297, 0.357, 4.76, 0.273)
    self_by_class = table(word_class(q), 0.0646, 0.107, 2.74, 2.72, 1.19, 4.43, 1.04, 0.303, 4.97, 6.36, 0.194, 0.164, 6.22)
    prev_by_class = table(word_class(q), 0.0827, 0.117, 0.407, 1.7, 0.181, 0.423, 0.818, 0.888, 0.285, 1.12, 0.198, 0.192, 5.69)
    return 0.0569 * (k == q) + 0.0802 * (k == q - 2) + 31.3 * (k == 0) + 0.0519 * decay(q - k, 3.0) + 13.1 * ((k == 0) * decay(q, 32.0)) + 4.51 * (k == 0 and is_word_start(q)) + 0.198 * (k == prev_occurrence(q) + 1) + 0.102 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 29.6 * (token(k) == 260) + 35.5 * (token(k) == 260 and count(k) == 1) + 4.36 * (token(k) == 216) + 64.1 * (token(k) == 216 and count(k) == 1)
