"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H6
label: first token
source: offline search (seed 0), fitted for L20H6
scores: synthesis_iou=0.9567 heldout_iou=0.9281 heldout_js=0.0962 n_heldout=32 heldout_iou_passage=0.8888 heldout_iou_sentence=0.9673
"""


@program(normalize="weights", fallback="first", head="L20H6", label="first token")
def L20H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.147, 0.249, 0.094, 0.16, 0.148, 0.313, 0.156, 0.273, 0.304, 0.134, 0.258, 0.171, 0.25)
    first_by_class = table(word_class(q), 5.8, 3.21, 4.04, 2.95, 3.34, 3.03, 2.3, 1.85, 3.27, 1.84, 3.22, 2.85, 2.1)
    self_by_class = table(word_class(q), 0.582, 0.912, 0.304, 0.372, 0.901, 0.495, 0.771, 1.25, 0.386, 0.365, 0.477, 0.663, 0.32)
    prev_by_class = table(word_class(q), 0.351, 0.33, 0.267, 0.346, 0.385, 0.368, 0.357, 0.433, 0.317, 0.301, 0.302, 0.357, 0.316)
    return 0.16 * (k == q - 1) + 0.149 * (k == q - 2) + 1970.0 * (k == 0) + 0.152 * (k == last(is_word_start, q)) + 8.77 * (prev_token(k) == token(q)) + 0.0875 * (k >= sentence_start(q)) + 0.134 * is_sentence_end(k) + 0.104 * decay(q - k, 3.0) + 0.0512 * decay(q - k, 10.0) + 8.85 * ((k == 0) * decay(q, 32.0)) + 44.8 * (k == 0 and is_word_start(q)) + 2.2 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
