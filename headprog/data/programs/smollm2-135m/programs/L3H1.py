"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H1
label: token sink
source: offline search (seed 0), fitted for L3H1
scores: synthesis_iou=0.7687 heldout_iou=0.6585 heldout_js=0.2791 n_heldout=32 heldout_iou_passage=0.5517 heldout_iou_sentence=0.7652
"""


@program(normalize="weights", fallback="first", head="L3H1", label="token sink")
def L3H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00508, 0.0102, 0.0534, 0.0309, 0.0185, 0.065, 0.155, 0.126, 0.164, 0.121, 0.025, 0.0149, 0.121)
    first_by_class = table(word_class(q), 4.78, 8.3, 0.315, 0.465, 5.29, 4.53, 4.29, 4.12, 5.62, 6.16, 0.315, 5.06, 0.316)
    self_by_class = table(word_class(q), 0.109, 0.114, 3.61, 3.84, 0.687, 4.21, 3.65, 4.74, 8.23, 19.9, 0.186, 0.209, 6.91)
    prev_by_class = table(word_class(q), 0.879, 0.16, 3.99, 11.3, 2.5, 0.881, 1.14, 6.44, 0.452, 0.24, 0.246, 0.825, 5.64)
    return 0.819 * (k == q - 2) + 87.4 * (k == 0) + 0.0137 * (k >= sentence_start(q)) + 0.316 * decay(q - k, 3.0) + 0.0152 * decay(q - k, 10.0) + 0.361 * (k == 1) + 20.2 * ((k == 0) * decay(q, 32.0)) + 3.54 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 95.4 * (token(k) == 260) + 75.7 * (token(k) == 260 and count(k) == 1) + 9.99 * (token(k) == 216) + 176.0 * (token(k) == 216 and count(k) == 1)
