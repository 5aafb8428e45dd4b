"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H8
label: token sink
source: offline search (seed 0), fitted for L5H8
scores: synthesis_iou=0.7300 heldout_iou=0.6416 heldout_js=0.2925 n_heldout=32 heldout_iou_passage=0.5459 heldout_iou_sentence=0.7373
"""


@program(normalize="weights", fallback="first", head="L5H8", label="token sink")
def L5H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0238, 0.0125, 0.0499, 0.0473, 0.0287, 0.0493, 0.437, 0.0916, 0.066, 0.364, 0.0241, 0.0255, 0.296)
    first_by_class = table(word_class(q), 1.28, 7.2, 3.45, 0.44, 0.776, 2.22, 1.3, 4.4, 0.296, 6.25, 0.321, 5.86, 5.1)
    self_by_class = table(word_class(q), 0.312, 0.161, 13.6, 4.63, 5.27, 22.2, 4.77, 1.53, 7.68, 7.93, 0.243, 0.221, 3.37)
    prev_by_class = table(word_class(q), 0.449, 0.144, 9.26, 7.15, 0.23, 0.426, 1.28, 2.56, 0.231, 0.163, 0.252, 0.45, 0.667)
    return 1.33 * (k == q) + 38.5 * (k == 0) + 0.84 * (k < q and token(k) == token(q)) + 0.394 * (k < q and lower(k) == lower(q)) + 0.136 * (k >= sentence_start(q)) + 17.8 * ((k == 0) * decay(q, 32.0)) + 2.91 * (k == 0 and is_word_start(q)) + 0.8 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 39.0 * (token(k) == 260) + 32.4 * (token(k) == 260 and count(k) == 1) + 3.77 * (token(k) == 216) + 65.2 * (token(k) == 216 and count(k) == 1)
