"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H3
label: first token
source: offline search (seed 0), fitted for L24H3
scores: synthesis_iou=0.7157 heldout_iou=0.7118 heldout_js=0.2276 n_heldout=32 heldout_iou_passage=0.6801 heldout_iou_sentence=0.7435
"""


@program(normalize="weights", fallback="first", head="L24H3", label="first token")
def L24H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.128, 0.187, 0.139, 0.144, 0.232, 0.1, 0.109, 0.245, 0.0589, 0.124, 0.0533, 0.0701, 0.134)
    first_by_class = table(word_class(q), 1.3, 4.11, 0.464, 1.1, 0.699, 2.1, 3.57, 2.35, 0.955, 5.08, 3.33, 3.36, 4.35)
    self_by_class = table(word_class(q), 7.35, 0.438, 4.36, 1.94, 3.4, 0.358, 0.294, 0.472, 1.11, 0.254, 0.704, 0.56, 0.278)
    prev_by_class = table(word_class(q), 6.36, 0.275, 8.6, 4.77, 6.27, 1.97, 0.347, 0.393, 3.12, 0.275, 0.304, 0.47, 0.277)
    return 1.09 * (k == q - 2) + 855.0 * (k == 0) + 1.6 * (k >= sentence_start(q)) + 0.0462 * is_punct(k) + 0.124 * is_sentence_end(k) + 24.3 * decay(q - k, 1.0) + 8.5 * decay(q - k, 3.0) + 2.44 * ((k == 0) * decay(q, 32.0)) + 3.19 * (k == 0 and is_word_start(q)) + 0.066 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.21 * (k == last(is_function_word, q) + 1) + 1.6 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
