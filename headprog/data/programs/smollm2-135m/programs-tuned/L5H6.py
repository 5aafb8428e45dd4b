"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H6
label: token sink
source: offline search (seed 0), fitted for L5H6
scores: synthesis_iou=0.7662 heldout_iou=0.6583 heldout_js=0.2851 n_heldout=32 heldout_iou_passage=0.5273 heldout_iou_sentence=0.7894
"""


@program(normalize="weights", fallback="first", head="L5H6", label="token sink")
def L5H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.1, 0.108, 0.0551, 0.122, 0.0583, 0.0465, 0.598, 0.116, 0.0696, 0.201, 0.0275, 0.097, 0.259)
    first_by_class = table(word_class(q), 0.975, 5.57, 4.57, 1.02, 0.362, 3.54, 4.36, 5.13, 4.38, 5.23, 0.304, 5.41, 1.2)
    self_by_class = table(word_class(q), 1.51, 0.289, 0.887, 2.88, 1.05, 1.34, 0.364, 0.308, 0.239, 0.547, 5.39, 0.675, 0.368)
    prev_by_class = table(word_class(q), 0.0493, 0.134, 0.129, 0.234, 0.113, 0.19, 0.17, 0.272, 0.152, 0.183, 0.182, 0.164, 0.273)
    return 0.987 * (k == q) + 86.9 * (k == 0) + 16.4 * (k < q and token(k) == token(q)) + 7.25 * (k < q and lower(k) == lower(q)) + 0.0176 * (k >= sentence_start(q)) + 23.8 * ((k == 0) * decay(q, 32.0)) + 2.3 * (k == 0 and is_word_start(q)) + 0.05 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 71.2 * (token(k) == 260) + 57.0 * (token(k) == 260 and count(k) == 1) + 7.34 * (token(k) == 216) + 127.0 * (token(k) == 216 and count(k) == 1)
