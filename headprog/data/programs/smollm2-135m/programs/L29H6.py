"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H6
label: first token
source: offline search (seed 0), fitted for L29H6
scores: synthesis_iou=0.7381 heldout_iou=0.7058 heldout_js=0.2335 n_heldout=32 heldout_iou_passage=0.6503 heldout_iou_sentence=0.7612
"""


@program(normalize="weights", fallback="first", head="L29H6", label="first token")
def L29H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.451, 0.28, 0.172, 0.243, 0.275, 0.103, 0.246, 0.394, 0.109, 0.421, 0.0335, 0.215, 0.142)
    first_by_class = table(word_class(q), 2.79, 10.0, 0.626, 1.42, 1.09, 0.278, 1.61, 0.904, 0.492, 5.9, 1.4, 6.94, 1.76)
    self_by_class = table(word_class(q), 17.6, 0.436, 0.814, 0.465, 0.372, 0.908, 0.466, 0.84, 0.563, 0.323, 11.3, 0.52, 0.328)
    prev_by_class = table(word_class(q), 0.215, 0.212, 0.561, 0.385, 1.86, 11.6, 0.965, 0.622, 13.6, 0.23, 29.3, 0.23, 0.442)
    return 0.532 * (k == q) + 0.378 * (k == q - 1) + 176.0 * (k == 0) + 0.528 * (k == word_start(q)) + 0.589 * (k >= sentence_start(q)) + 0.785 * decay(q - k, 1.0) + 2.31 * decay(q - k, 3.0) + 0.275 * decay(q - k, 10.0) + 15.9 * ((k == 0) * decay(q, 32.0)) + 2.99 * (k == 0 and is_word_start(q)) + 0.679 * (k == q and is_word_start(q)) + 2.44 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
