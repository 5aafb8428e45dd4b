"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H5
label: mixed
source: offline search (seed 0), fitted for L2H5
scores: synthesis_iou=0.6109 heldout_iou=0.5571 heldout_js=0.3107 n_heldout=32 heldout_iou_passage=0.5250 heldout_iou_sentence=0.5893
"""


@program(normalize="weights", fallback="first", head="L2H5", label="mixed")
def L2H5(q, k):
    """Token sinks: first ' '; first ' the'; first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0565, 0.023, 1.19, 0.29, 0.654, 1.93, 1.04, 0.19, 3.41, 8.08, 0.051, 0.0391, 8.71)
    first_by_class = table(word_class(q), 1.9, 14.9, 0.232, 2.56, 0.368, 0.271, 0.619, 0.254, 0.294, 0.671, 5.83, 6.44, 4.76)
    self_by_class = table(word_class(q), 0.12, 0.203, 1.41, 1.52, 4.37, 0.557, 2.29, 1.66, 0.834, 2.28, 0.19, 0.335, 0.289)
    prev_by_class = table(word_class(q), 1.82, 18.2, 3.89, 1.78, 3.28, 0.209, 0.187, 5.32, 0.128, 0.114, 0.424, 3.36, 1.59)
    return 0.262 * (k == q - 1) + 0.594 * (k == q - 2) + 4.54 * (k == 0) + 0.0794 * decay(q - k, 1.0) + 0.85 * decay(q - k, 3.0) + 2.72 * ((k == 0) * decay(q, 32.0)) + 0.437 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 5.17 * (token(k) == 28 and count(k) == 1) + 3.26 * (token(k) == 260) + 2.21 * (token(k) == 260 and count(k) == 1) + 2.28 * (token(k) == 216) + 4.72 * (token(k) == 216 and count(k) == 1)
