"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H0
label: mixed
source: offline search (seed 0), fitted for L10H0
scores: synthesis_iou=0.6177 heldout_iou=0.5655 heldout_js=0.3068 n_heldout=32 heldout_iou_passage=0.4942 heldout_iou_sentence=0.6367
"""


@program(normalize="softmax", fallback="first", head="L10H0", label="mixed")
def L10H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -1.19, -1.94, 0.349, -0.112, -0.239, 0.416, 0.139, -0.684, 0.83, 2.03, -1.2, -0.959, 1.94)
    first_by_class = table(word_class(q), 0.678, 0.908, 0.659, 0.863, 1.02, 1.51, 0.497, 0.585, 1.3, 1.84, 1.29, 0.569, 0.851)
    self_by_class = table(word_class(q), -0.0554, 0.146, -0.0532, 0.276, -0.61, 0.468, -0.294, 0.00757, -0.0437, -1.02, -0.192, -0.0789, -1.22)
    prev_by_class = table(word_class(q), 0.311, -0.0445, 0.111, 0.292, 0.00544, -0.0972, -0.359, 0.105, -0.28, -0.379, -0.466, 0.51, -1.19)
    return 0.824 * (k >= sentence_start(q)) + -0.0128 * is_word_start(k) + -1.21 * decay(q - k, 1.0) + 0.698 * decay(q - k, 3.0) + 2.47 * decay(q - k, 10.0) + 1.36 * decay(q - k, 30.0) + 0.0484 * is_function_word(k) + 0.108 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.499 * (token(k) == 260) + 0.648 * (token(k) == 260 and count(k) == 1) + 1.39 * (token(k) == 216) + 1.77 * (token(k) == 216 and count(k) == 1)
