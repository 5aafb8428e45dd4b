"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H3
label: mixed
source: offline search (seed 0), fitted for L2H3
scores: synthesis_iou=0.5764 heldout_iou=0.5342 heldout_js=0.3264 n_heldout=32 heldout_iou_passage=0.5095 heldout_iou_sentence=0.5589
"""


@program(normalize="weights", fallback="first", head="L2H3", label="mixed")
def L2H3(q, k):
    """Token sinks: first ' '; first ' the'; first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0363, 0.0187, 0.94, 0.153, 0.588, 1.72, 0.854, 0.114, 2.12, 5.93, 0.0302, 0.0293, 5.45)
    first_by_class = table(word_class(q), 0.167, 6.18, 0.337, 3.8, 0.364, 4.65, 3.0, 1.68, 15.2, 11.5, 2.81, 6.15, 6.0)
    self_by_class = table(word_class(q), 0.351, 0.182, 1.28, 0.49, 4.82, 1.97, 4.3, 0.299, 0.184, 0.162, 0.205, 0.404, 0.236)
    prev_by_class = table(word_class(q), 3.51, 15.0, 5.63, 2.05, 6.29, 0.174, 0.533, 4.31, 0.104, 0.115, 8.5, 1.5, 0.252)
    return 0.333 * (k == q - 1) + 0.992 * (k == q - 2) + 10.1 * (k == 0) + 0.0818 * decay(q - k, 1.0) + 0.829 * decay(q - k, 3.0) + 1.02 * ((k == 0) * decay(q, 32.0)) + 0.42 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 7.08 * (token(k) == 28 and count(k) == 1) + 5.14 * (token(k) == 260) + 4.22 * (token(k) == 260 and count(k) == 1) + 2.44 * (token(k) == 216) + 7.04 * (token(k) == 216 and count(k) == 1)
