"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H6
label: first token
source: offline search (seed 0), fitted for L27H6
scores: synthesis_iou=0.6066 heldout_iou=0.5922 heldout_js=0.2882 n_heldout=32 heldout_iou_passage=0.5662 heldout_iou_sentence=0.6182
"""


@program(normalize="weights", fallback="first", head="L27H6", label="first token")
def L27H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00303, 0.0236, 0.0243, 0.0385, 0.0432, 0.0348, 0.0406, 0.145, 0.0372, 0.699, 0.028, 0.0227, 0.12)
    first_by_class = table(word_class(q), 0.966, 3.52, 7.37, 5.3, 0.303, 0.89, 5.27, 0.645, 0.794, 0.285, 5.74, 5.36, 0.287)
    self_by_class = table(word_class(q), 4.72, 0.313, 0.374, 0.271, 30.0, 0.809, 0.416, 0.442, 3.17, 10.1, 0.268, 0.265, 5.06)
    prev_by_class = table(word_class(q), 68.2, 0.358, 0.31, 0.288, 0.203, 1.22, 0.233, 5.46, 0.422, 0.225, 0.353, 11.5, 5.69)
    return 22.3 * (k == q) + 0.249 * (k == q - 1) + 181.0 * (k == 0) + 0.0257 * (k >= sentence_start(q)) + 12.8 * decay(q - k, 1.0) + 0.806 * decay(q - k, 3.0) + 2.82 * ((k == 0) * decay(q, 32.0)) + 26.7 * (k == 0 and is_word_start(q)) + 22.4 * (k == q and is_word_start(q)) + 0.0993 * (k == prev_occurrence(q) + 1) + 3.91 * (k == last(is_function_word, q)) + 16.7 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
