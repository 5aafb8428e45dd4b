"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H7
label: first token
source: offline search (seed 0), fitted for L20H7
scores: synthesis_iou=0.8395 heldout_iou=0.7811 heldout_js=0.1900 n_heldout=32 heldout_iou_passage=0.7288 heldout_iou_sentence=0.8334
"""


@program(normalize="weights", fallback="first", head="L20H7", label="first token")
def L20H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0763, 0.0673, 0.0768, 0.154, 0.0958, 0.157, 0.281, 0.208, 0.317, 0.149, 0.164, 0.0911, 0.179)
    first_by_class = table(word_class(q), 6.7, 3.52, 4.28, 3.08, 3.17, 0.288, 2.51, 0.998, 1.93, 2.51, 3.0, 3.29, 2.46)
    self_by_class = table(word_class(q), 0.224, 0.34, 0.243, 0.321, 0.33, 8.99, 0.459, 1.81, 1.96, 0.991, 0.284, 0.329, 0.34)
    prev_by_class = table(word_class(q), 0.848, 0.265, 0.227, 0.322, 0.343, 8.33, 0.367, 1.21, 0.607, 0.292, 0.281, 0.296, 0.325)
    return 0.231 * (k == q - 1) + 0.247 * (k == q - 2) + 965.0 * (k == 0) + 0.124 * (k == last(is_word_start, q)) + 3.1 * (prev_token(k) == token(q)) + 0.862 * (k >= sentence_start(q)) + 0.149 * is_sentence_end(k) + 0.625 * decay(q - k, 3.0) + 0.154 * decay(q - k, 10.0) + 7.52 * ((k == 0) * decay(q, 32.0)) + 61.2 * (k == 0 and is_word_start(q)) + 4.01 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
