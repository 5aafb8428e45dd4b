"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H7
label: mixed
source: offline search (seed 0), fitted for L0H7
scores: synthesis_iou=0.6201 heldout_iou=0.5778 heldout_js=0.2841 n_heldout=32 heldout_iou_passage=0.5678 heldout_iou_sentence=0.5877
"""


@program(normalize="softmax", fallback="first", head="L0H7", label="mixed")
def L0H7(q, k):
    """Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.115, -0.652, -0.136, -0.257, 0.439, 0.514, 0.284, -0.442, -0.0538, 0.449, -0.589, -0.439, 0.78)
    first_by_class = table(word_class(q), -0.0757, 0.165, -0.173, -0.204, 0.0773, -0.0417, -0.536, 0.387, 0.601, 0.372, 0.282, 0.0648, 0.529)
    self_by_class = table(word_class(q), -0.454, -0.211, -0.451, -0.0383, -0.18, -0.611, -0.0192, -0.286, -0.937, -1.78, 0.285, -0.396, -0.808)
    prev_by_class = table(word_class(q), 0.0298, -0.202, -0.105, -0.147, -0.102, -0.422, 0.0737, -0.4, -0.422, -0.243, -0.244, 0.038, -0.85)
    return 0.34 * is_punct(k) + 0.407 * is_capitalized(k) + -0.589 * is_digit(k) + -0.408 * decay(q - k, 3.0) + 0.719 * decay(q - k, 10.0) + 1.35 * decay(q - k, 30.0) + 1.27 * decay(q - k, 100.0) + 0.578 * is_function_word(k) + -0.607 * (rarity(k) / 16.0) + -0.162 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.123 * (token(k) == 28) + 0.264 * (token(k) == 216)
