"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L10H1
label: mixed
source: offline search (seed 0), fitted for L10H1
scores: synthesis_iou=0.4416 heldout_iou=0.3990 heldout_js=0.4535 n_heldout=32 heldout_iou_passage=0.3399 heldout_iou_sentence=0.4581
"""


@program(normalize="softmax", fallback="first", head="L10H1", label="mixed")
def L10H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.626, -0.957, 0.355, -0.507, 0.727, -0.339, 0.813, -1.24, 0.705, 2.13, -1.02, -0.999, 1.12)
    first_by_class = table(word_class(q), 0.989, 1.18, 1.09, 0.43, 1.4, 1.41, 2.44, 0.415, 1.07, 2.52, 0.0945, 1.13, 0.756)
    self_by_class = table(word_class(q), -0.996, 0.0247, -0.485, -0.302, -1.82, 0.398, -1.11, -0.246, -0.447, -1.01, -0.448, -0.115, -1.4)
    prev_by_class = table(word_class(q), 0.138, -0.0541, 1.64, 0.818, 0.628, -0.247, -0.848, 0.00537, -1.06, -0.855, -1.03, 0.41, -0.604)
    return 1.32 * (k >= sentence_start(q)) + 0.896 * is_word_start(k) + -1.56 * decay(q - k, 1.0) + 2.37 * decay(q - k, 3.0) + 2.12 * decay(q - k, 10.0) + 0.497 * decay(q - k, 30.0) + 0.216 * is_function_word(k) + 0.0323 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.247 * (token(k) == 260) + 0.666 * (token(k) == 260 and count(k) == 1) + 0.86 * (token(k) == 216) + 1.06 * (token(k) == 216 and count(k) == 1)
