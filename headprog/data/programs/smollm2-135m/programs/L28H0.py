"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H0
label: first token
source: offline search (seed 0), fitted for L28H0
scores: synthesis_iou=0.8787 heldout_iou=0.8235 heldout_js=0.1645 n_heldout=32 heldout_iou_passage=0.7484 heldout_iou_sentence=0.8985
"""


@program(normalize="weights", fallback="first", head="L28H0", label="first token")
def L28H0(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    key_class = table(word_class(k), 0.65, 2.02, 0.359, 0.726, 0.373, 0.286, 0.555, 0.403, 0.192, 1.03, 0.104, 2.17, 0.594)
    first_by_class = table(word_class(q), 2.56, 3.52, 2.28, 2.78, 2.81, 1.96, 1.36, 1.88, 1.47, 0.331, 3.83, 4.08, 0.306)
    self_by_class = table(word_class(q), 0.535, 0.747, 0.379, 0.356, 0.4, 0.557, 1.08, 0.544, 0.479, 13.2, 0.306, 0.353, 4.94)
    prev_by_class = table(word_class(q), 0.38, 0.446, 0.339, 0.36, 0.315, 0.834, 0.974, 0.842, 0.66, 4.75, 0.267, 0.286, 4.83)
    return 0.28 * (k == q) + 767.0 * (k == 0) + 1.17 * (k == last(is_sentence_end, q)) + 0.443 * (k >= sentence_start(q)) + 1.03 * is_sentence_end(k) + 0.594 * is_newline(k) + 0.175 * decay(q - k, 1.0) + 0.175 * decay(q - k, 3.0) + 0.339 * decay(q - k, 10.0) + 3.59 * ((k == 0) * decay(q, 32.0)) + 72.7 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.594 * (token(k) == 1116)
