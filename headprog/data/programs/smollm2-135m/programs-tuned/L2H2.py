"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H2
label: mixed
source: offline search (seed 0), fitted for L2H2
scores: synthesis_iou=0.6586 heldout_iou=0.6363 heldout_js=0.2381 n_heldout=32 heldout_iou_passage=0.6129 heldout_iou_sentence=0.6598
"""


@program(normalize="softmax", fallback="first", head="L2H2", label="mixed")
def L2H2(q, k):
    """Token sinks: first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.36, -1.09, -0.025, -0.0348, 0.0192, 0.17, 0.261, -0.158, -0.254, 0.859, -0.698, -0.142, 1.65)
    first_by_class = table(word_class(q), -0.236, 0.0623, 0.119, -0.343, -0.115, 0.506, -0.0477, -0.302, 0.428, 1.98, -0.889, 0.296, 0.554)
    self_by_class = table(word_class(q), -1.29, -0.112, -0.765, -1.62, -1.55, -1.88, -2.05, -0.94, -1.53, -1.88, -1.8, -1.06, -1.75)
    prev_by_class = table(word_class(q), -0.367, 0.201, -0.582, -0.53, -0.651, -0.857, -0.76, -0.553, -0.902, -1.04, -1.05, 0.0667, -1.1)
    return 2.33 * (k == 0) + 0.61 * (k >= sentence_start(q)) + 0.49 * is_punct(k) + 0.256 * decay(q - k, 3.0) + 3.23 * decay(q - k, 10.0) + 2.66 * decay(q - k, 30.0) + 0.274 * (k == 1) + 0.0738 * is_function_word(k) + -0.0738 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.349 * (token(k) == 28 and count(k) == 1) + 0.329 * (token(k) == 260) + 0.891 * (token(k) == 216)
