"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H0
label: previous token
source: offline search (seed 0), fitted for L16H0
scores: synthesis_iou=0.7888 heldout_iou=0.7862 heldout_js=0.1540 n_heldout=32 heldout_iou_passage=0.7858 heldout_iou_sentence=0.7866
"""


@program(normalize="weights", fallback="first", head="L16H0", label="previous token")
def L16H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00527, 0.0646, 0.037, 0.0916, 0.039, 0.0743, 0.069, 0.211, 0.0506, 0.0855, 0.053, 0.0592, 0.142)
    first_by_class = table(word_class(q), 7.69, 0.269, 2.33, 5.16, 0.365, 5.18, 0.305, 5.03, 0.367, 8.5, 0.307, 4.83, 5.05)
    self_by_class = table(word_class(q), 2.07, 0.501, 0.73, 4.76, 2.19, 4.96, 0.837, 3.62, 0.35, 6.03, 4.3, 0.864, 5.03)
    prev_by_class = table(word_class(q), 1.13, 7.46, 0.794, 0.336, 6.19, 0.421, 5.08, 0.297, 6.27, 0.307, 5.47, 0.96, 0.362)
    return 1.58 * (k == q) + 946.0 * (k == q - 1) + 96.0 * (k == q - 2) + 127.0 * (k == 0) + 0.449 * (k == last(is_word_start, q)) + 0.0303 * (k >= sentence_start(q)) + 5.49 * decay(q - k, 1.0) + 0.085 * decay(q - k, 3.0) + 0.0566 * decay(q - k, 10.0) + 1.42 * ((k == 0) * decay(q, 32.0)) + 28.6 * (k == 0 and is_word_start(q)) + 0.153 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
