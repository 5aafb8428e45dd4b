"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H0
label: first token
source: offline search (seed 0), fitted for L20H0
scores: synthesis_iou=0.7270 heldout_iou=0.6758 heldout_js=0.2579 n_heldout=32 heldout_iou_passage=0.6136 heldout_iou_sentence=0.7380
"""


@program(normalize="weights", fallback="first", head="L20H0", label="first token")
def L20H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.256, 0.395, 0.0348, 0.152, 0.0341, 0.0697, 0.147, 0.298, 0.0693, 0.319, 0.0467, 0.236, 0.281)
    first_by_class = table(word_class(q), 14.3, 5.43, 0.922, 0.278, 1.16, 0.272, 0.279, 1.37, 0.488, 0.284, 4.52, 4.25, 1.53)
    self_by_class = table(word_class(q), 0.547, 0.274, 0.984, 4.63, 0.392, 5.42, 5.95, 2.55, 5.4, 6.16, 0.238, 0.391, 0.961)
    prev_by_class = table(word_class(q), 0.142, 0.223, 1.81, 2.99, 1.82, 497.0, 5.72, 2.48, 139.0, 3.44, 0.214, 0.246, 0.524)
    return 0.2 * (k == q - 1) + 0.929 * (k == q - 2) + 306.0 * (k == 0) + 0.258 * (k == last(is_word_start, q)) + 0.581 * (prev_token(k) == token(q)) + 0.899 * (k >= sentence_start(q)) + 0.319 * is_sentence_end(k) + 0.574 * decay(q - k, 3.0) + 0.656 * decay(q - k, 10.0) + 3.57 * ((k == 0) * decay(q, 32.0)) + 16.3 * (k == 0 and is_word_start(q)) + 6.34 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
