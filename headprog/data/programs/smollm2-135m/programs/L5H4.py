"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H4
label: token sink
source: offline search (seed 0), fitted for L5H4
scores: synthesis_iou=0.7162 heldout_iou=0.6073 heldout_js=0.3095 n_heldout=32 heldout_iou_passage=0.5055 heldout_iou_sentence=0.7090
"""


@program(normalize="weights", fallback="first", head="L5H4", label="token sink")
def L5H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0498, 0.0113, 0.105, 0.0708, 0.133, 0.152, 0.504, 0.153, 0.118, 0.317, 0.0226, 0.0237, 0.115)
    first_by_class = table(word_class(q), 2.86, 17.5, 0.561, 2.83, 7.66, 0.679, 0.434, 4.82, 4.41, 0.22, 0.595, 4.22, 0.284)
    self_by_class = table(word_class(q), 0.0583, 0.086, 9.89, 1.07, 0.155, 8.73, 10.8, 0.667, 12.4, 44.8, 0.165, 0.144, 11.3)
    prev_by_class = table(word_class(q), 0.0649, 0.0969, 5.52, 1.78, 0.172, 2.41, 4.12, 0.708, 4.31, 6.13, 0.176, 0.18, 8.63)
    return 0.0519 * (k == q) + 28.3 * (k == 0) + 0.269 * (k < q and token(k) == token(q)) + 0.203 * (k < q and lower(k) == lower(q)) + 0.178 * (k >= sentence_start(q)) + 32.7 * ((k == 0) * decay(q, 32.0)) + 13.1 * (k == 0 and is_word_start(q)) + 0.302 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 53.9 * (token(k) == 260) + 60.4 * (token(k) == 260 and count(k) == 1) + 4.25 * (token(k) == 216) + 91.8 * (token(k) == 216 and count(k) == 1)
