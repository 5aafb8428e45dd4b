"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H3
label: token sink
source: offline search (seed 0), fitted for L5H3
scores: synthesis_iou=0.7924 heldout_iou=0.6836 heldout_js=0.2594 n_heldout=32 heldout_iou_passage=0.5517 heldout_iou_sentence=0.8155
"""


@program(normalize="weights", fallback="first", head="L5H3", label="token sink")
def L5H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0755, 0.0282, 0.139, 0.129, 0.101, 0.147, 0.673, 0.139, 0.133, 0.29, 0.277, 0.0584, 0.109)
    first_by_class = table(word_class(q), 0.641, 5.92, 1.66, 5.22, 5.05, 2.67, 4.74, 4.99, 5.8, 5.27, 0.319, 1.25, 4.95)
    self_by_class = table(word_class(q), 0.063, 0.121, 0.34, 0.301, 0.15, 2.99, 0.55, 0.791, 5.42, 15.8, 9.52, 0.176, 5.69)
    prev_by_class = table(word_class(q), 0.0614, 0.121, 0.198, 0.279, 0.124, 0.307, 0.258, 0.683, 0.261, 2.51, 5.13, 0.186, 3.14)
    return 0.0586 * (k == q) + 79.4 * (k == 0) + 1.69 * (k < q and token(k) == token(q)) + 0.96 * (k < q and lower(k) == lower(q)) + 0.0216 * (k >= sentence_start(q)) + 26.6 * ((k == 0) * decay(q, 32.0)) + 5.53 * (k == 0 and is_word_start(q)) + 0.0736 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 82.2 * (token(k) == 260) + 115.0 * (token(k) == 260 and count(k) == 1) + 7.52 * (token(k) == 216) + 152.0 * (token(k) == 216 and count(k) == 1)
