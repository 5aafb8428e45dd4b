"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H4
label: mixed
source: offline search (seed 0), fitted for L7H4
scores: synthesis_iou=0.7016 heldout_iou=0.6042 heldout_js=0.2963 n_heldout=32 heldout_iou_passage=0.5208 heldout_iou_sentence=0.6876
"""


@program(normalize="weights", fallback="first", head="L7H4", label="mixed")
def L7H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.202, 0.0534, 0.537, 0.262, 0.527, 0.326, 0.405, 0.135, 0.221, 0.296, 0.211, 0.149, 0.197)
    first_by_class = table(word_class(q), 0.848, 11.3, 1.69, 3.87, 3.4, 3.21, 3.98, 5.12, 4.23, 0.391, 0.254, 1.85, 0.27)
    self_by_class = table(word_class(q), 0.462, 0.143, 11.5, 2.27, 53.7, 18.4, 0.384, 0.253, 9.66, 14.2, 2.12, 0.225, 5.08)
    prev_by_class = table(word_class(q), 0.127, 0.173, 0.223, 0.512, 0.216, 0.341, 0.158, 0.366, 0.112, 0.141, 0.733, 0.171, 4.46)
    return 1.59 * (k == q) + 0.0742 * (k == q - 2) + 5.51 * (k == 0) + 0.363 * decay(q - k, 3.0) + 15.1 * ((k == 0) * decay(q, 32.0)) + 4.81 * (k == 0 and is_word_start(q)) + 0.24 * (k == prev_occurrence(q) + 1) + 0.209 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 11.2 * (token(k) == 260) + 11.4 * (token(k) == 260 and count(k) == 1) + 1.84 * (token(k) == 216) + 23.1 * (token(k) == 216 and count(k) == 1)
