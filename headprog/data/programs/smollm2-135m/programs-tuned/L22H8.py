"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H8
label: first token
source: offline search (seed 0), fitted for L22H8
scores: synthesis_iou=0.5406 heldout_iou=0.5178 heldout_js=0.3519 n_heldout=32 heldout_iou_passage=0.4763 heldout_iou_sentence=0.5593
"""


@program(normalize="weights", fallback="first", head="L22H8", label="first token")
def L22H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.422, 1.91, 0.02, 0.0616, 0.03, 0.0425, 0.0408, 0.16, 0.0316, 0.187, 0.0325, 0.451, 0.0662)
    first_by_class = table(word_class(q), 2.43, 10.1, 0.254, 0.424, 0.445, 0.304, 0.327, 0.516, 2.73, 4.3, 1.76, 7.35, 5.46)
    self_by_class = table(word_class(q), 14.6, 0.409, 3.29, 5.06, 1.57, 3.39, 5.21, 3.91, 0.367, 2.88, 0.245, 0.277, 0.258)
    prev_by_class = table(word_class(q), 3.34, 0.208, 7.47, 6.28, 4.69, 8.93, 5.27, 2.77, 6.21, 0.363, 0.252, 0.261, 0.258)
    return 2.65 * (k == q) + 7.53 * (k == q - 1) + 2.04 * (k == q - 2) + 234.0 * (k == 0) + 2.04 * (k == last(is_word_start, q)) + 1.53 * (k >= sentence_start(q)) + 4.44 * decay(q - k, 1.0) + 17.7 * decay(q - k, 3.0) + 0.416 * decay(q - k, 10.0) + 0.748 * ((k == 0) * decay(q, 32.0)) + 0.928 * (k == 0 and is_word_start(q)) + 0.868 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
