"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H4
label: mixed
source: offline search (seed 0), fitted for L1H4
scores: synthesis_iou=0.6168 heldout_iou=0.5724 heldout_js=0.2831 n_heldout=32 heldout_iou_passage=0.5351 heldout_iou_sentence=0.6096
"""


@program(normalize="softmax", fallback="first", head="L1H4", label="mixed")
def L1H4(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.102, -0.51, -0.205, -0.0881, 0.16, 0.0569, 0.641, 0.0204, -0.26, 0.387, -0.833, 0.145, 0.497)
    first_by_class = table(word_class(q), 0.885, 0.245, 0.349, 0.464, -0.0727, 0.164, 1.24, 0.284, 0.854, 0.403, 0.127, 0.228, 0.955)
    self_by_class = table(word_class(q), 0.21, 0.243, -0.409, -0.226, 0.402, 0.0824, -0.375, 0.0315, -0.551, -1.19, 0.198, -0.0239, -0.416)
    prev_by_class = table(word_class(q), -0.0542, 0.0375, 0.0711, 0.0811, 0.705, 0.229, -0.0449, 0.544, -0.169, -0.202, -0.0745, -0.296, -0.881)
    return -0.136 * (k == q - 1) + 0.365 * (k >= sentence_start(q)) + 0.204 * is_punct(k) + 0.387 * is_sentence_end(k) + -0.143 * is_word_start(k) + 0.192 * decay(q - k, 3.0) + 1.16 * decay(q - k, 10.0) + 2.1 * decay(q - k, 30.0) + 0.419 * is_function_word(k) + 0.171 * (rarity(k) / 16.0) + 0.499 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.596 * (token(k) == 282)
