"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H6
label: token sink
source: offline search (seed 0), fitted for L7H6
scores: synthesis_iou=0.6008 heldout_iou=0.5312 heldout_js=0.3642 n_heldout=32 heldout_iou_passage=0.4471 heldout_iou_sentence=0.6154
"""


@program(normalize="weights", fallback="first", head="L7H6", label="token sink")
def L7H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0315, 0.0184, 0.0582, 0.0432, 0.022, 0.0231, 0.322, 0.112, 0.0481, 0.437, 0.0215, 0.0268, 0.62)
    first_by_class = table(word_class(q), 0.224, 2.36, 0.277, 2.88, 0.452, 5.88, 5.53, 4.21, 10.8, 10.5, 0.277, 5.36, 4.69)
    self_by_class = table(word_class(q), 2.69, 0.145, 9.14, 6.17, 0.462, 0.233, 0.384, 4.78, 0.151, 0.178, 0.212, 0.18, 0.265)
    prev_by_class = table(word_class(q), 60.3, 0.549, 8.09, 9.12, 0.688, 0.272, 0.802, 6.67, 0.141, 0.158, 4.51, 4.11, 0.274)
    return 0.0721 * (k == q) + 1.79 * (k == q - 2) + 29.1 * (k == 0) + 1.82 * decay(q - k, 3.0) + 34.6 * ((k == 0) * decay(q, 32.0)) + 1.26 * (k == 0 and is_word_start(q)) + 0.0778 * (k == prev_occurrence(q) + 1) + 3.65 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 51.3 * (token(k) == 260) + 32.7 * (token(k) == 260 and count(k) == 1) + 13.3 * (token(k) == 216) + 72.3 * (token(k) == 216 and count(k) == 1)
