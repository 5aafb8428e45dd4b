"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H1
label: token sink
source: offline search (seed 0), fitted for L6H1
scores: synthesis_iou=0.7739 heldout_iou=0.6721 heldout_js=0.2694 n_heldout=32 heldout_iou_passage=0.5501 heldout_iou_sentence=0.7941
"""


@program(normalize="weights", fallback="first", head="L6H1", label="token sink")
def L6H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0344, 0.0176, 0.121, 0.0786, 0.0669, 0.0677, 0.455, 0.128, 0.188, 0.239, 0.168, 0.0309, 0.243)
    first_by_class = table(word_class(q), 0.571, 6.79, 5.07, 0.381, 1.57, 4.71, 3.14, 5.0, 6.53, 4.94, 0.315, 1.79, 1.35)
    self_by_class = table(word_class(q), 0.0947, 0.125, 8.78, 2.15, 0.17, 1.56, 0.642, 1.48, 5.82, 47.9, 19.5, 0.362, 11.8)
    prev_by_class = table(word_class(q), 0.0637, 0.127, 4.54, 1.99, 0.138, 0.357, 0.26, 3.61, 0.302, 0.252, 0.276, 0.192, 5.58)
    return 0.144 * (k == q) + 0.0339 * (k == q - 1) + 0.0703 * (k == q - 2) + 64.5 * (k == 0) + 0.085 * decay(q - k, 3.0) + 31.6 * ((k == 0) * decay(q, 32.0)) + 2.18 * (k == 0 and is_word_start(q)) + 0.195 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 70.4 * (token(k) == 260) + 98.5 * (token(k) == 260 and count(k) == 1) + 6.79 * (token(k) == 216) + 139.0 * (token(k) == 216 and count(k) == 1)
