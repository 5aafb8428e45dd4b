"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H1
label: mixed
source: offline search (seed 0), fitted for L0H1
scores: synthesis_iou=0.6641 heldout_iou=0.6074 heldout_js=0.2587 n_heldout=32 heldout_iou_passage=0.5452 heldout_iou_sentence=0.6696
"""


@program(normalize="softmax", fallback="first", head="L0H1", label="mixed")
def L0H1(q, k):
    """Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00768, -0.38, -0.00628, -0.0642, -0.00342, 0.083, 0.151, -0.0304, -0.513, 0.569, -0.492, -0.0724, 0.701)
    first_by_class = table(word_class(q), -0.128, -0.0429, -0.312, 0.0838, -0.26, -0.143, -0.391, -0.000906, -0.251, -0.598, -0.029, -0.132, -0.0043)
    self_by_class = table(word_class(q), 0.674, 0.611, 0.166, 0.0948, -1.06, -1.3, 0.838, 0.934, -1.66, -0.504, 0.67, 0.544, -0.295)
    prev_by_class = table(word_class(q), 0.138, 0.159, 0.193, -0.456, 0.489, 0.078, -0.146, -0.311, 0.0665, -0.0872, -0.482, -0.292, 1.2)
    return 0.195 * is_punct(k) + -0.134 * is_capitalized(k) + -0.492 * is_digit(k) + 0.12 * decay(q - k, 3.0) + -0.122 * decay(q - k, 10.0) + 0.288 * decay(q - k, 30.0) + 0.533 * decay(q - k, 100.0) + 0.127 * is_function_word(k) + -1.23 * (rarity(k) / 16.0) + 0.329 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.658 * (token(k) == 28) + 0.163 * (token(k) == 216)
