"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H5
label: mixed
source: offline search (seed 0), fitted for L0H5
scores: synthesis_iou=0.6814 heldout_iou=0.6572 heldout_js=0.2183 n_heldout=32 heldout_iou_passage=0.6194 heldout_iou_sentence=0.6951
"""


@program(normalize="weights", fallback="first", head="L0H5", label="mixed")
def L0H5(q, k):
    """Token sinks: sink ' '; sink ' of'; sink ' the'; sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 2.53, 1.49, 2.93, 3.63, 1.84, 4.15, 0.135, 0.682, 0.102, 0.124, 2.21, 2.83, 0.154)
    first_by_class = table(word_class(q), 0.176, 0.307, 0.192, 0.248, 0.2, 0.283, 0.292, 0.286, 0.365, 0.245, 0.229, 0.254, 0.267)
    self_by_class = table(word_class(q), 8.85, 0.289, 66.2, 6.98, 0.383, 3.26, 4.82, 0.262, 0.222, 0.204, 1.01, 4.0, 4.76)
    prev_by_class = table(word_class(q), 4.26, 6.11, 0.606, 4.84, 0.241, 0.221, 0.284, 5.3, 0.226, 0.219, 7.61, 0.845, 0.251)
    return 0.688 * (k == q - 1) + 0.0729 * (k == last(is_punct, q)) + 0.0642 * is_punct(k) + 6.05 * decay(q - k, 1.0) + 0.295 * decay(q - k, 3.0) + 4.49 * decay(q - k, 10.0) + 1.23 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.0722 * (token(k) == 28) + 1.63 * (token(k) == 260) + 0.128 * (token(k) == 30) + 0.455 * (token(k) == 282) + 0.0957 * (token(k) == 216)
