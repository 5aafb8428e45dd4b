"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H3
label: mixed
source: offline search (seed 0), fitted for L0H3
scores: synthesis_iou=0.6188 heldout_iou=0.5708 heldout_js=0.2884 n_heldout=32 heldout_iou_passage=0.5177 heldout_iou_sentence=0.6239
"""


@program(normalize="softmax", fallback="first", head="L0H3", label="mixed")
def L0H3(q, k):
    """Token sinks: sink ' '; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.165, -0.218, -0.0612, 0.309, -0.0111, 0.415, -0.165, -0.151, 0.0654, -0.0592, -0.611, -0.115, 0.26)
    first_by_class = table(word_class(q), -0.207, 0.0306, 0.0477, 0.218, -0.285, -0.0434, 0.322, -0.151, 0.0959, -0.0841, -0.102, -0.381, 0.0857)
    self_by_class = table(word_class(q), -0.114, 0.0557, -0.0269, 0.0203, -0.874, -1.14, -0.381, -0.686, -1.66, -0.928, 0.514, -0.463, -1.0)
    prev_by_class = table(word_class(q), 0.126, 0.608, 1.24, 1.34, 0.25, -0.328, 0.604, 0.618, -0.736, -0.659, 1.89, -0.161, -0.0386)
    return 0.0505 * is_punct(k) + 0.476 * is_capitalized(k) + -0.611 * is_digit(k) + 1.75 * decay(q - k, 3.0) + 1.21 * decay(q - k, 10.0) + 1.03 * decay(q - k, 30.0) + 0.754 * decay(q - k, 100.0) + 0.217 * is_function_word(k) + -0.451 * (rarity(k) / 16.0) + 0.184 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.12 * (token(k) == 28) + 0.478 * (token(k) == 216)
