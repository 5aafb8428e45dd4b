"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H3
label: first token
source: offline search (seed 0), fitted for L22H3
scores: synthesis_iou=0.5049 heldout_iou=0.4819 heldout_js=0.3715 n_heldout=32 heldout_iou_passage=0.4382 heldout_iou_sentence=0.5257
"""


@program(normalize="weights", fallback="first", head="L22H3", label="first token")
def L22H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.069, 0.401, 0.0254, 0.0863, 0.0298, 0.04, 0.0464, 0.13, 0.0531, 0.639, 0.0282, 0.204, 0.0827)
    first_by_class = table(word_class(q), 0.919, 5.43, 0.203, 2.0, 11.0, 0.233, 0.235, 1.31, 0.262, 7.89, 5.3, 4.6, 5.88)
    self_by_class = table(word_class(q), 3.83, 0.268, 3.43, 2.23, 11.5, 0.237, 5.03, 0.522, 0.241, 3.4, 0.203, 0.55, 0.252)
    prev_by_class = table(word_class(q), 7.5, 0.208, 11.9, 5.79, 0.187, 11.4, 6.76, 0.287, 10.6, 0.213, 0.219, 4.97, 0.258)
    return 1.71 * (k == q) + 15.2 * (k == q - 1) + 10.2 * (k == q - 2) + 87.6 * (k == 0) + 3.93 * (k == last(is_word_start, q)) + 0.606 * (k >= sentence_start(q)) + 15.9 * decay(q - k, 1.0) + 7.2 * decay(q - k, 3.0) + 0.169 * decay(q - k, 10.0) + 3.38 * ((k == 0) * decay(q, 32.0)) + 1.04 * (k == 0 and is_word_start(q)) + 1.1 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
