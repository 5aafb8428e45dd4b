"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H6
label: mixed
source: offline search (seed 0), fitted for L6H6
scores: synthesis_iou=0.6753 heldout_iou=0.5627 heldout_js=0.3293 n_heldout=32 heldout_iou_passage=0.4432 heldout_iou_sentence=0.6822
"""


@program(normalize="weights", fallback="first", head="L6H6", label="mixed")
def L6H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.389, 0.106, 0.527, 0.181, 0.31, 0.354, 0.684, 0.387, 0.495, 1.58, 0.226, 0.184, 1.23)
    first_by_class = table(word_class(q), 6.02, 17.3, 0.334, 0.251, 5.89, 0.439, 0.317, 0.306, 0.291, 3.61, 0.273, 7.16, 0.244)
    self_by_class = table(word_class(q), 0.602, 0.103, 2.28, 3.73, 0.195, 3.32, 2.16, 1.7, 3.71, 21.1, 2.05, 0.279, 10.5)
    prev_by_class = table(word_class(q), 0.0538, 0.0941, 1.06, 3.34, 0.145, 0.488, 0.408, 5.67, 0.174, 0.173, 1.16, 0.184, 6.53)
    return 0.26 * (k == q) + 0.0282 * (k == q - 1) + 0.0706 * (k == q - 2) + 5.22 * (k == 0) + 0.504 * decay(q - k, 3.0) + 13.7 * ((k == 0) * decay(q, 32.0)) + 4.49 * (k == 0 and is_word_start(q)) + 0.564 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 10.6 * (token(k) == 260) + 14.2 * (token(k) == 260 and count(k) == 1) + 2.53 * (token(k) == 216) + 21.7 * (token(k) == 216 and count(k) == 1)
