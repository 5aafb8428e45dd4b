"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H7
label: token sink
source: offline search (seed 0), fitted for L7H7
scores: synthesis_iou=0.7706 heldout_iou=0.6623 heldout_js=0.2781 n_heldout=32 heldout_iou_passage=0.5354 heldout_iou_sentence=0.7891
"""


@program(normalize="weights", fallback="first", head="L7H7", label="token sink")
def L7H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0408, 0.0217, 0.0592, 0.07, 0.0276, 0.095, 0.537, 0.132, 0.114, 0.151, 0.0665, 0.0329, 0.158)
    first_by_class = table(word_class(q), 0.825, 5.21, 0.597, 0.475, 5.42, 0.426, 4.71, 4.89, 0.454, 5.94, 0.306, 4.92, 3.9)
    self_by_class = table(word_class(q), 0.929, 0.348, 2.0, 0.454, 0.774, 3.54, 0.371, 0.502, 0.624, 0.248, 0.89, 0.667, 0.32)
    prev_by_class = table(word_class(q), 0.0726, 0.17, 0.176, 0.249, 0.148, 0.231, 0.199, 0.309, 0.195, 0.207, 0.224, 0.197, 0.305)
    return 4.04 * (k == q) + 0.0359 * (k == q - 2) + 134.0 * (k == 0) + 0.0218 * decay(q - k, 3.0) + 56.3 * ((k == 0) * decay(q, 32.0)) + 6.91 * (k == 0 and is_word_start(q)) + 0.116 * (k == prev_occurrence(q) + 1) + 0.0409 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 133.0 * (token(k) == 260) + 222.0 * (token(k) == 260 and count(k) == 1) + 12.1 * (token(k) == 216) + 280.0 * (token(k) == 216 and count(k) == 1)
