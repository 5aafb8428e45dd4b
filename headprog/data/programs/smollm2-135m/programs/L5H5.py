"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H5
label: token sink
source: offline search (seed 0), fitted for L5H5
scores: synthesis_iou=0.7974 heldout_iou=0.7051 heldout_js=0.2440 n_heldout=32 heldout_iou_passage=0.5724 heldout_iou_sentence=0.8377
"""


@program(normalize="weights", fallback="first", head="L5H5", label="token sink")
def L5H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0367, 0.0191, 0.0779, 0.0756, 0.0839, 0.0502, 0.586, 0.121, 0.0724, 0.32, 0.459, 0.0319, 0.142)
    first_by_class = table(word_class(q), 0.589, 1.82, 4.61, 2.32, 4.65, 3.34, 3.81, 5.05, 6.57, 5.04, 0.404, 0.535, 1.85)
    self_by_class = table(word_class(q), 0.0806, 0.132, 0.597, 0.55, 0.161, 1.63, 0.414, 0.322, 0.512, 5.88, 27.8, 0.215, 6.61)
    prev_by_class = table(word_class(q), 0.102, 0.146, 0.316, 0.355, 0.15, 0.324, 0.27, 0.377, 0.324, 0.263, 393.0, 0.213, 4.38)
    return 0.0584 * (k == q) + 86.5 * (k == 0) + 0.142 * (k < q and token(k) == token(q)) + 0.136 * (k < q and lower(k) == lower(q)) + 0.0247 * (k >= sentence_start(q)) + 36.8 * ((k == 0) * decay(q, 32.0)) + 3.93 * (k == 0 and is_word_start(q)) + 0.0997 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 107.0 * (token(k) == 260) + 121.0 * (token(k) == 260 and count(k) == 1) + 6.91 * (token(k) == 216) + 176.0 * (token(k) == 216 and count(k) == 1)
