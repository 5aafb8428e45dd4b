"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H8
label: first token
source: offline search (seed 0), fitted for L16H8
scores: synthesis_iou=0.5858 heldout_iou=0.5446 heldout_js=0.3154 n_heldout=32 heldout_iou_passage=0.4747 heldout_iou_sentence=0.6145
"""


@program(normalize="weights", fallback="first", head="L16H8", label="first token")
def L16H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.217, 0.117, 0.029, 0.033, 0.0526, 0.0511, 0.0762, 0.127, 0.0536, 0.53, 0.0246, 0.0453, 0.126)
    first_by_class = table(word_class(q), 34.8, 118.0, 0.864, 0.426, 6.96, 0.403, 0.252, 2.55, 0.283, 0.204, 0.611, 8.71, 0.256)
    self_by_class = table(word_class(q), 4.37, 0.351, 0.21, 0.254, 0.171, 0.254, 2.39, 0.274, 0.202, 0.517, 0.196, 0.296, 5.91)
    prev_by_class = table(word_class(q), 0.663, 0.203, 2.21, 4.0, 2.6, 7.49, 5.45, 2.05, 6.41, 3.61, 0.217, 0.709, 6.68)
    return 0.1 * (k == q) + 3.36 * (k == q - 1) + 4.0 * (k == q - 2) + 29.2 * (k == 0) + 1.6 * (k == last(is_word_start, q)) + 1.0 * (k >= sentence_start(q)) + 0.227 * decay(q - k, 1.0) + 6.46 * decay(q - k, 3.0) + 1.35 * decay(q - k, 10.0) + 8.07 * ((k == 0) * decay(q, 32.0)) + 30.4 * (k == 0 and is_word_start(q)) + 0.352 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
