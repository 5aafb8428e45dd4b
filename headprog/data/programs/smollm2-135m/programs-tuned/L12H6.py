"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H6
label: first token
source: offline search (seed 0), fitted for L12H6
scores: synthesis_iou=0.6302 heldout_iou=0.6083 heldout_js=0.2639 n_heldout=32 heldout_iou_passage=0.5796 heldout_iou_sentence=0.6370
"""


@program(normalize="weights", fallback="first", head="L12H6", label="first token")
def L12H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0137, 0.0305, 0.0316, 0.0681, 0.0408, 0.069, 0.0818, 0.209, 0.0468, 0.303, 0.0278, 0.0331, 0.226)
    first_by_class = table(word_class(q), 0.308, 5.65, 5.3, 3.35, 0.285, 5.04, 6.12, 0.27, 6.69, 7.49, 6.25, 5.59, 5.51)
    self_by_class = table(word_class(q), 0.412, 0.242, 0.22, 0.301, 0.241, 0.313, 0.239, 0.304, 0.245, 0.257, 0.231, 0.303, 0.265)
    prev_by_class = table(word_class(q), 28.3, 0.245, 6.66, 5.63, 5.96, 0.264, 0.272, 5.26, 0.259, 0.239, 0.245, 5.91, 0.269)
    return 0.0988 * (k == q) + 24.8 * (k == q - 1) + 29.2 * (k == q - 2) + 197.0 * (k == 0) + 13.2 * (k == last(is_punct, q)) + 8.64 * (k == last(is_word_start, q)) + 2.05 * (k >= sentence_start(q)) + 28.8 * decay(q - k, 3.0) + 0.164 * decay(q - k, 10.0) + 1.93 * ((k == 0) * decay(q, 32.0)) + 0.785 * (k == 0 and is_word_start(q)) + 0.297 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
