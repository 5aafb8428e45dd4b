"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H0
label: first token
source: offline search (seed 0), fitted for L29H0
scores: synthesis_iou=0.6644 heldout_iou=0.6052 heldout_js=0.2684 n_heldout=32 heldout_iou_passage=0.5659 heldout_iou_sentence=0.6445
"""


@program(normalize="weights", fallback="first", head="L29H0", label="first token")
def L29H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.151, 0.127, 0.0871, 0.209, 0.0897, 0.046, 0.36, 0.15, 0.128, 0.638, 0.0357, 0.0927, 0.15)
    first_by_class = table(word_class(q), 61.6, 15.5, 0.398, 5.3, 0.457, 2.94, 6.5, 5.25, 3.93, 0.306, 0.196, 4.89, 0.25)
    self_by_class = table(word_class(q), 0.257, 0.228, 4.62, 0.279, 2.44, 0.275, 0.265, 0.257, 0.378, 9.36, 18.9, 1.65, 5.84)
    prev_by_class = table(word_class(q), 0.96, 0.186, 3.6, 0.272, 3.76, 4.12, 0.361, 2.31, 3.37, 0.241, 17.7, 0.252, 5.27)
    return 20.9 * (k == q) + 0.642 * (k == q - 1) + 50.8 * (k == 0) + 0.185 * (k == word_start(q)) + 0.261 * (k >= sentence_start(q)) + 0.897 * decay(q - k, 1.0) + 0.58 * decay(q - k, 3.0) + 1.08 * decay(q - k, 10.0) + 1.53 * ((k == 0) * decay(q, 32.0)) + 15.4 * (k == 0 and is_word_start(q)) + 0.698 * (k == q and is_word_start(q)) + 0.405 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
