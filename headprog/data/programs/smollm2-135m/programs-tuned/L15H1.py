"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H1
label: first token
source: offline search (seed 0), fitted for L15H1
scores: synthesis_iou=0.7644 heldout_iou=0.6804 heldout_js=0.2406 n_heldout=32 heldout_iou_passage=0.5970 heldout_iou_sentence=0.7638
"""


@program(normalize="weights", fallback="first", head="L15H1", label="first token")
def L15H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.328, 0.34, 0.519, 0.143, 0.124, 0.104, 1.7, 0.692, 0.483, 3.03, 0.0395, 0.464, 7.58)
    first_by_class = table(word_class(q), 2.01, 6.69, 1.13, 0.356, 2.51, 0.265, 0.309, 0.278, 0.446, 0.258, 4.24, 5.12, 0.48)
    self_by_class = table(word_class(q), 0.238, 0.212, 0.345, 1.12, 0.22, 3.52, 1.72, 2.79, 2.34, 7.81, 0.236, 0.267, 5.9)
    prev_by_class = table(word_class(q), 0.247, 0.217, 1.09, 4.02, 0.32, 4.33, 1.76, 4.53, 0.404, 0.24, 0.24, 0.358, 0.679)
    return 0.11 * (k == q - 1) + 0.348 * (k == q - 2) + 0.484 * (k == q - 3) + 247.0 * (k == 0) + 1.71 * (k == last(is_punct, q) + 1) + 2.09 * (k >= sentence_start(q)) + 3.03 * is_sentence_end(k) + 0.156 * decay(q - k, 3.0) + 1.33 * decay(q - k, 10.0) + 2.01 * ((k == 0) * decay(q, 32.0)) + 5.85 * (k == 0 and is_word_start(q)) + 0.16 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
