"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H1
label: token sink
source: offline search (seed 0), fitted for L7H1
scores: synthesis_iou=0.8122 heldout_iou=0.6897 heldout_js=0.2561 n_heldout=32 heldout_iou_passage=0.5610 heldout_iou_sentence=0.8184
"""


@program(normalize="weights", fallback="first", head="L7H1", label="token sink")
def L7H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0387, 0.023, 0.0653, 0.074, 0.0716, 0.109, 0.663, 0.156, 0.106, 0.898, 0.0578, 0.0416, 1.04)
    first_by_class = table(word_class(q), 0.725, 3.73, 4.98, 4.6, 1.86, 3.42, 4.03, 4.07, 6.31, 4.89, 0.32, 1.62, 5.04)
    self_by_class = table(word_class(q), 0.127, 0.135, 1.37, 0.582, 0.171, 0.666, 0.418, 0.334, 0.732, 64.0, 0.197, 0.219, 7.63)
    prev_by_class = table(word_class(q), 0.101, 0.153, 0.695, 0.493, 0.159, 0.363, 0.283, 0.353, 0.297, 1.22, 0.21, 0.229, 5.41)
    return 0.0789 * (k == q) + 0.0678 * (k == q - 2) + 68.6 * (k == 0) + 0.0443 * decay(q - k, 3.0) + 35.3 * ((k == 0) * decay(q, 32.0)) + 7.49 * (k == 0 and is_word_start(q)) + 0.159 * (k == prev_occurrence(q) + 1) + 0.0802 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 96.6 * (token(k) == 260) + 102.0 * (token(k) == 260 and count(k) == 1) + 6.19 * (token(k) == 216) + 174.0 * (token(k) == 216 and count(k) == 1)
