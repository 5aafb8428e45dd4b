"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H2
label: first token
source: offline search (seed 0), fitted for L21H2
scores: synthesis_iou=0.8456 heldout_iou=0.7997 heldout_js=0.1819 n_heldout=32 heldout_iou_passage=0.7236 heldout_iou_sentence=0.8758
"""


@program(normalize="weights", fallback="first", head="L21H2", label="first token")
def L21H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.155, 0.232, 0.115, 0.166, 0.269, 1.22, 0.082, 0.713, 0.252, 0.403, 0.247, 0.187, 0.257)
    first_by_class = table(word_class(q), 24.0, 5.64, 1.74, 1.02, 2.98, 0.332, 0.502, 0.312, 0.987, 0.661, 3.12, 4.71, 2.3)
    self_by_class = table(word_class(q), 0.767, 0.333, 0.902, 1.09, 0.496, 7.81, 5.26, 5.29, 6.73, 5.79, 0.615, 0.427, 1.62)
    prev_by_class = table(word_class(q), 0.221, 0.236, 1.42, 1.22, 0.558, 8.59, 5.4, 3.95, 1.51, 0.544, 0.27, 0.279, 0.399)
    return 1.03 * (k == q) + 0.154 * (k == q - 1) + 0.294 * (k == q - 2) + 387.0 * (k == 0) + 0.715 * (k >= sentence_start(q)) + 0.365 * decay(q - k, 1.0) + 0.879 * decay(q - k, 3.0) + 0.0823 * decay(q - k, 10.0) + 12.7 * ((k == 0) * decay(q, 32.0)) + 10.9 * (k == 0 and is_word_start(q)) + 6.27 * (k == prev_occurrence(q) + 1) + 0.254 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
