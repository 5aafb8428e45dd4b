"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H2
label: local
source: offline search (seed 0), fitted for L0H2
scores: synthesis_iou=0.6330 heldout_iou=0.5978 heldout_js=0.2708 n_heldout=32 heldout_iou_passage=0.5743 heldout_iou_sentence=0.6212
"""


@program(normalize="weights", fallback="first", head="L0H2", label="local")
def L0H2(q, k):
    """Token sinks: sink ' '; sink ' of'; sink ' the'; sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.19, 0.758, 1.26, 1.14, 2.7, 2.83, 0.362, 0.128, 0.953, 0.688, 0.8, 1.23, 3.18)
    first_by_class = table(word_class(q), 0.064, 0.998, 0.136, 0.32, 0.118, 0.15, 0.277, 1.05, 0.218, 0.273, 0.171, 0.927, 0.243)
    self_by_class = table(word_class(q), 0.84, 1.46, 3.07, 0.333, 16.3, 9.26, 0.26, 0.228, 151.0, 736.0, 0.0844, 1.66, 9.21)
    prev_by_class = table(word_class(q), 0.164, 0.984, 0.77, 4.44, 0.0763, 0.205, 0.109, 1.1, 0.162, 0.241, 1.17, 0.463, 17.9)
    return 0.0319 * (k == q - 1) + 2.31 * (k == last(is_punct, q)) + 0.865 * is_punct(k) + 0.093 * decay(q - k, 1.0) + 0.0405 * decay(q - k, 3.0) + 0.0523 * decay(q - k, 10.0) + 0.725 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.354 * (token(k) == 28) + 0.0604 * (token(k) == 260) + 1.8 * (token(k) == 30) + 0.27 * (token(k) == 282) + 2.89 * (token(k) == 216)
