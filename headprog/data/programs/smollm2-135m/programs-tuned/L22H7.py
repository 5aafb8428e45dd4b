"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H7
label: first token
source: offline search (seed 0), fitted for L22H7
scores: synthesis_iou=0.6997 heldout_iou=0.6413 heldout_js=0.2869 n_heldout=32 heldout_iou_passage=0.5512 heldout_iou_sentence=0.7313
"""


@program(normalize="weights", fallback="first", head="L22H7", label="first token")
def L22H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.2, 3.99, 0.0808, 0.174, 0.178, 0.135, 0.202, 0.246, 0.15, 0.696, 0.0828, 1.85, 0.257)
    first_by_class = table(word_class(q), 16.9, 6.9, 0.584, 1.87, 2.55, 0.721, 0.69, 1.22, 3.98, 0.322, 6.05, 4.0, 1.85)
    self_by_class = table(word_class(q), 0.826, 0.278, 0.444, 0.58, 0.291, 1.5, 4.91, 5.02, 0.363, 3.97, 0.249, 0.896, 0.564)
    prev_by_class = table(word_class(q), 0.169, 0.247, 1.94, 0.684, 0.442, 21.2, 4.52, 3.66, 2.58, 1.93, 0.237, 0.295, 1.08)
    return 0.198 * (k == q) + 0.17 * (k == q - 1) + 0.279 * (k == q - 2) + 681.0 * (k == 0) + 0.2 * (k == last(is_word_start, q)) + 0.835 * (k >= sentence_start(q)) + 0.136 * decay(q - k, 1.0) + 0.15 * decay(q - k, 3.0) + 0.0657 * decay(q - k, 10.0) + 6.05 * ((k == 0) * decay(q, 32.0)) + 5.35 * (k == 0 and is_word_start(q)) + 4.83 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
