"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H4
label: first token
source: offline search (seed 0), fitted for L21H4
scores: synthesis_iou=0.6398 heldout_iou=0.5856 heldout_js=0.3080 n_heldout=32 heldout_iou_passage=0.5100 heldout_iou_sentence=0.6611
"""


@program(normalize="weights", fallback="first", head="L21H4", label="first token")
def L21H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.734, 2.64, 0.0351, 0.14, 0.0392, 0.0811, 0.0447, 0.16, 0.0706, 0.476, 0.0388, 1.57, 0.118)
    first_by_class = table(word_class(q), 8.43, 9.46, 0.581, 0.267, 2.36, 1.78, 0.267, 0.296, 0.737, 0.255, 6.53, 5.18, 0.362)
    self_by_class = table(word_class(q), 9.74, 1.88, 0.264, 5.05, 0.254, 0.301, 5.63, 4.15, 1.17, 7.66, 0.211, 0.764, 7.02)
    prev_by_class = table(word_class(q), 0.301, 0.242, 1.41, 4.83, 1.38, 7.17, 18.9, 5.21, 15.8, 6.27, 0.202, 0.281, 5.22)
    return 1.29 * (k == q) + 1.11 * (k == q - 1) + 1.01 * (k == q - 2) + 164.0 * (k == 0) + 0.62 * (k >= sentence_start(q)) + 1.24 * decay(q - k, 1.0) + 4.4 * decay(q - k, 3.0) + 1.27 * decay(q - k, 10.0) + 1.44 * ((k == 0) * decay(q, 32.0)) + 3.51 * (k == 0 and is_word_start(q)) + 0.596 * (k == prev_occurrence(q) + 1) + 0.0694 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
