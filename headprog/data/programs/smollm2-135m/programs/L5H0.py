"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H0
label: mixed
source: offline search (seed 0), fitted for L5H0
scores: synthesis_iou=0.6737 heldout_iou=0.5772 heldout_js=0.3099 n_heldout=32 heldout_iou_passage=0.4896 heldout_iou_sentence=0.6647
"""


@program(normalize="weights", fallback="first", head="L5H0", label="mixed")
def L5H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.402, 0.171, 0.63, 0.214, 0.261, 0.596, 1.34, 0.503, 0.595, 4.15, 0.108, 0.316, 2.62)
    first_by_class = table(word_class(q), 0.195, 6.53, 0.455, 5.03, 4.67, 4.82, 1.3, 5.22, 8.04, 7.67, 0.59, 0.221, 1.86)
    self_by_class = table(word_class(q), 0.832, 1.02, 1.15, 0.293, 0.206, 0.697, 1.4, 0.364, 0.45, 4.28, 0.269, 3.4, 3.32)
    prev_by_class = table(word_class(q), 1.45, 1.38, 0.546, 0.962, 0.197, 0.193, 0.297, 2.47, 0.139, 0.154, 0.185, 4.4, 0.3)
    return 0.358 * (k == q) + 14.6 * (k == 0) + 0.189 * (k < q and token(k) == token(q)) + 0.249 * (k < q and lower(k) == lower(q)) + 0.668 * (k >= sentence_start(q)) + 10.7 * ((k == 0) * decay(q, 32.0)) + 0.276 * (k == 0 and is_word_start(q)) + 0.106 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 9.0 * (token(k) == 260) + 11.0 * (token(k) == 260 and count(k) == 1) + 0.668 * (token(k) == 216) + 24.8 * (token(k) == 216 and count(k) == 1)
