"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H6
label: mixed
source: offline search (seed 0), fitted for L21H6
scores: synthesis_iou=0.5056 heldout_iou=0.4607 heldout_js=0.3911 n_heldout=32 heldout_iou_passage=0.4084 heldout_iou_sentence=0.5131
"""


@program(normalize="softmax", fallback="first", head="L21H6", label="mixed")
def L21H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.426, 0.506, -0.144, 0.227, -0.216, 0.139, 0.00854, -0.365, -0.814, 0.299, -0.363, -0.049, 0.104)
    first_by_class = table(word_class(q), 1.35, 2.43, -0.874, -0.446, -0.966, -0.238, -0.128, -0.279, 0.788, 2.03, -0.115, 1.09, 1.85)
    self_by_class = table(word_class(q), 0.312, 0.079, -0.499, 0.0751, -0.199, -0.31, 0.525, 0.0937, 0.729, 0.214, -0.288, 0.455, 0.0514)
    prev_by_class = table(word_class(q), -0.00853, -1.26, -0.0258, 0.698, -0.182, 1.08, 0.665, 0.395, 1.39, 0.505, -0.515, 0.3, 0.0355)
    return 4.46 * (k == 0) + -2.29 * (k == sentence_start(q)) + 1.41 * (k >= sentence_start(q)) + -0.504 * is_word_start(k) + -0.363 * is_digit(k) + 0.209 * (count(k) == 1) + 1.21 * decay(q - k, 3.0) + 0.899 * decay(q - k, 10.0) + -0.376 * decay(q - k, 30.0) + 0.503 * (k == 0 and is_word_start(q)) + -0.347 * is_function_word(k) + 1.11 * (rarity(k) / 16.0) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
