"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H3
label: first token
source: offline search (seed 0), fitted for L14H3
scores: synthesis_iou=0.8630 heldout_iou=0.7920 heldout_js=0.1825 n_heldout=32 heldout_iou_passage=0.7193 heldout_iou_sentence=0.8647
"""


@program(normalize="weights", fallback="first", head="L14H3", label="first token")
def L14H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0881, 0.111, 0.0767, 0.151, 0.131, 0.133, 0.15, 0.245, 0.139, 0.628, 0.109, 0.0464, 0.234)
    first_by_class = table(word_class(q), 7.72, 4.46, 3.83, 1.53, 3.21, 2.62, 0.935, 0.512, 3.07, 0.332, 2.51, 3.49, 0.358)
    self_by_class = table(word_class(q), 2.82, 0.415, 0.844, 0.629, 3.45, 1.4, 3.78, 1.78, 1.68, 6.29, 2.12, 0.572, 5.6)
    prev_by_class = table(word_class(q), 0.152, 0.25, 0.533, 0.487, 0.55, 0.317, 0.858, 3.34, 0.278, 0.327, 0.287, 0.28, 4.33)
    return 19.1 * (k == q) + 0.0867 * (k == q - 2) + 0.0946 * (k == q - 3) + 577.0 * (k == 0) + 17.1 * (k < q and token(k) == token(q)) + 1.48 * (k < q and lower(k) == lower(q)) + 0.0386 * (k >= sentence_start(q)) + 0.0658 * decay(q - k, 3.0) + 0.0346 * decay(q - k, 10.0) + 9.06 * ((k == 0) * decay(q, 32.0)) + 106.0 * (k == 0 and is_word_start(q)) + 0.382 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
