"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H4
label: first token
source: offline search (seed 0), fitted for L14H4
scores: synthesis_iou=0.6083 heldout_iou=0.5880 heldout_js=0.3003 n_heldout=32 heldout_iou_passage=0.5641 heldout_iou_sentence=0.6120
"""


@program(normalize="weights", fallback="first", head="L14H4", label="first token")
def L14H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0392, 0.0477, 0.0714, 0.0834, 0.1, 0.0814, 0.229, 0.189, 0.157, 0.647, 0.0306, 0.0492, 0.344)
    first_by_class = table(word_class(q), 26.7, 8.31, 1.3, 0.399, 1.58, 0.255, 0.279, 0.308, 0.26, 0.259, 5.26, 5.3, 0.447)
    self_by_class = table(word_class(q), 0.253, 0.204, 0.298, 0.563, 0.263, 2.14, 5.29, 2.71, 4.8, 8.0, 0.238, 0.306, 5.35)
    prev_by_class = table(word_class(q), 0.732, 0.23, 9.2, 5.3, 7.51, 36.0, 7.98, 5.47, 60.5, 0.535, 0.269, 0.506, 5.21)
    return 0.126 * (k == q) + 4.87 * (k == q - 2) + 3.44 * (k == q - 3) + 136.0 * (k == 0) + 0.245 * (k < q and token(k) == token(q)) + 0.177 * (k < q and lower(k) == lower(q)) + 1.21 * (k >= sentence_start(q)) + 4.02 * decay(q - k, 3.0) + 0.752 * decay(q - k, 10.0) + 2.15 * ((k == 0) * decay(q, 32.0)) + 45.2 * (k == 0 and is_word_start(q)) + 0.0289 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
