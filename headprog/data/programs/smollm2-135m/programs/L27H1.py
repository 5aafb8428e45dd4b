"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H1
label: mixed
source: offline search (seed 0), fitted for L27H1
scores: synthesis_iou=0.5195 heldout_iou=0.5084 heldout_js=0.3487 n_heldout=32 heldout_iou_passage=0.4680 heldout_iou_sentence=0.5487
"""


@program(normalize="weights", fallback="first", head="L27H1", label="mixed")
def L27H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0313, 0.0866, 0.0322, 0.0574, 0.0724, 0.0393, 0.0672, 0.158, 0.0479, 1.42, 0.0222, 0.0338, 0.0989)
    first_by_class = table(word_class(q), 0.411, 8.78, 0.265, 5.07, 0.296, 0.268, 2.66, 3.23, 1.16, 0.305, 8.96, 7.07, 0.298)
    self_by_class = table(word_class(q), 4.06, 0.262, 3.56, 2.91, 9.33, 0.968, 5.1, 0.244, 0.604, 8.57, 0.216, 0.241, 0.26)
    prev_by_class = table(word_class(q), 15.2, 0.215, 17.7, 0.499, 0.25, 5.46, 0.333, 5.31, 0.299, 0.227, 0.225, 6.49, 6.16)
    return 14.6 * (k == q) + 1.08 * (k == q - 1) + 96.0 * (k == 0) + 0.414 * (k >= sentence_start(q)) + 46.5 * decay(q - k, 1.0) + 2.44 * decay(q - k, 3.0) + 5.0 * ((k == 0) * decay(q, 32.0)) + 0.577 * (k == 0 and is_word_start(q)) + 17.3 * (k == q and is_word_start(q)) + 0.224 * (k == prev_occurrence(q) + 1) + 11.7 * (k == last(is_function_word, q)) + 0.3 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
