"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H7
label: token sink
source: offline search (seed 0), fitted for L5H7
scores: synthesis_iou=0.6528 heldout_iou=0.5703 heldout_js=0.3377 n_heldout=32 heldout_iou_passage=0.4838 heldout_iou_sentence=0.6567
"""


@program(normalize="weights", fallback="first", head="L5H7", label="token sink")
def L5H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0119, 0.0106, 0.0208, 0.0466, 0.014, 0.0216, 0.378, 0.114, 0.0209, 0.171, 0.0178, 0.0148, 0.159)
    first_by_class = table(word_class(q), 1.16, 5.78, 1.44, 3.56, 0.235, 6.46, 4.72, 0.28, 0.453, 7.15, 0.307, 6.53, 1.05)
    self_by_class = table(word_class(q), 2.21, 0.184, 11.2, 12.8, 11.2, 3.62, 18.4, 5.2, 2.2, 0.563, 0.176, 0.178, 0.696)
    prev_by_class = table(word_class(q), 6.44, 3.66, 0.471, 3.97, 29.7, 0.242, 0.459, 5.55, 1.06, 0.192, 2.93, 0.374, 4.4)
    return 0.669 * (k == q) + 35.8 * (k == 0) + 0.0522 * (k < q and token(k) == token(q)) + 0.0479 * (k < q and lower(k) == lower(q)) + 0.313 * (k >= sentence_start(q)) + 25.1 * ((k == 0) * decay(q, 32.0)) + 2.7 * (k == 0 and is_word_start(q)) + 31.9 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 42.2 * (token(k) == 260) + 45.0 * (token(k) == 260 and count(k) == 1) + 5.28 * (token(k) == 216) + 85.3 * (token(k) == 216 and count(k) == 1)
