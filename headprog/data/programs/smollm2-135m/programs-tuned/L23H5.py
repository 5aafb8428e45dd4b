"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H5
label: mixed
source: offline search (seed 0), fitted for L23H5
scores: synthesis_iou=0.5889 heldout_iou=0.5226 heldout_js=0.3567 n_heldout=32 heldout_iou_passage=0.4596 heldout_iou_sentence=0.5855
"""


@program(normalize="softmax", fallback="first", head="L23H5", label="mixed")
def L23H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.268, 1.21, 0.0742, 0.144, -0.257, 0.1, 0.126, -0.611, -0.717, 0.278, -0.419, -0.332, -0.505)
    first_by_class = table(word_class(q), 1.02, 2.06, -0.615, 0.19, -0.837, -0.0325, 0.594, 0.329, 1.37, 1.18, 0.866, 0.746, 1.2)
    self_by_class = table(word_class(q), 0.982, 0.373, -0.952, 0.11, -0.894, -0.179, 0.0509, -0.0428, 0.248, -0.347, 0.473, 0.683, 0.0236)
    prev_by_class = table(word_class(q), -0.0238, -0.436, -0.266, 0.0493, -0.218, 1.68, 1.11, 0.00755, 0.794, 0.112, -0.0675, 0.211, 0.0199)
    return 4.84 * (k == 0) + -1.86 * (k == sentence_start(q)) + 1.05 * (k >= sentence_start(q)) + -0.0974 * is_word_start(k) + 0.343 * is_capitalized(k) + -0.419 * is_digit(k) + 0.508 * (count(k) == 1) + 0.564 * decay(q - k, 3.0) + 0.415 * decay(q - k, 10.0) + 0.595 * (k == 0 and is_word_start(q)) + -0.287 * is_function_word(k) + 1.83 * (rarity(k) / 16.0) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
