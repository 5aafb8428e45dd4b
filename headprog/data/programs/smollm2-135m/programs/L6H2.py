"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H2
label: token sink
source: offline search (seed 0), fitted for L6H2
scores: synthesis_iou=0.7046 heldout_iou=0.6034 heldout_js=0.3111 n_heldout=32 heldout_iou_passage=0.4933 heldout_iou_sentence=0.7134
"""


@program(normalize="weights", fallback="first", head="L6H2", label="token sink")
def L6H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0607, 0.0159, 0.331, 0.221, 0.182, 0.149, 0.925, 0.195, 0.237, 0.166, 0.0634, 0.0305, 0.0883)
    first_by_class = table(word_class(q), 1.16, 13.7, 3.35, 1.44, 6.7, 0.319, 4.69, 5.09, 4.82, 0.221, 2.97, 5.71, 0.302)
    self_by_class = table(word_class(q), 0.0609, 0.0917, 4.86, 1.12, 0.303, 10.2, 2.74, 5.12, 14.6, 19.1, 1.09, 0.157, 5.61)
    prev_by_class = table(word_class(q), 0.0551, 0.106, 1.39, 0.914, 0.185, 2.37, 0.521, 5.39, 0.45, 1.26, 0.362, 0.153, 7.21)
    return 0.0688 * (k == q) + 0.0302 * (k == q - 1) + 0.056 * (k == q - 2) + 38.7 * (k == 0) + 0.186 * decay(q - k, 3.0) + 37.8 * ((k == 0) * decay(q, 32.0)) + 11.2 * (k == 0 and is_word_start(q)) + 0.56 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 56.7 * (token(k) == 260) + 90.9 * (token(k) == 260 and count(k) == 1) + 5.89 * (token(k) == 216) + 120.0 * (token(k) == 216 and count(k) == 1)
