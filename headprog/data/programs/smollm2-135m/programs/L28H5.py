"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H5
label: first token
source: offline search (seed 0), fitted for L28H5
scores: synthesis_iou=0.5291 heldout_iou=0.5088 heldout_js=0.3511 n_heldout=32 heldout_iou_passage=0.4550 heldout_iou_sentence=0.5626
"""


@program(normalize="weights", fallback="first", head="L28H5", label="first token")
def L28H5(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    key_class = table(word_class(k), 0.0616, 0.0606, 0.0899, 0.0524, 0.367, 0.0885, 0.107, 0.144, 0.14, 0.872, 0.0231, 0.0288, 0.234)
    first_by_class = table(word_class(q), 0.255, 11.6, 0.267, 0.335, 6.32, 0.252, 0.279, 0.267, 0.252, 0.222, 10.2, 9.61, 0.264)
    self_by_class = table(word_class(q), 6.96, 0.196, 7.14, 4.67, 7.25, 0.239, 5.59, 0.317, 2.79, 14.1, 0.189, 0.204, 0.262)
    prev_by_class = table(word_class(q), 16.2, 0.168, 42.6, 6.01, 0.17, 3.84, 0.284, 5.2, 5.41, 0.2, 0.194, 0.291, 6.5)
    return 4.81 * (k == q) + 93.7 * (k == 0) + 7.61 * (k == last(is_sentence_end, q)) + 0.515 * (k >= sentence_start(q)) + 0.872 * is_sentence_end(k) + 0.234 * is_newline(k) + 30.3 * decay(q - k, 1.0) + 2.67 * decay(q - k, 3.0) + 1.12 * decay(q - k, 10.0) + 8.19 * ((k == 0) * decay(q, 32.0)) + 0.95 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.234 * (token(k) == 1116)
