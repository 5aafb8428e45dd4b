"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H0
label: token sink
source: offline search (seed 0), fitted for L8H0
scores: synthesis_iou=0.7532 heldout_iou=0.6435 heldout_js=0.2847 n_heldout=32 heldout_iou_passage=0.5130 heldout_iou_sentence=0.7740
"""


@program(normalize="weights", fallback="first", head="L8H0", label="token sink")
def L8H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0683, 0.0924, 0.038, 0.061, 0.0418, 0.0371, 0.464, 0.0972, 0.0745, 0.227, 0.0384, 0.0727, 0.196)
    first_by_class = table(word_class(q), 0.598, 8.12, 1.25, 0.287, 2.27, 4.11, 4.01, 5.02, 6.91, 6.52, 0.281, 3.66, 4.03)
    self_by_class = table(word_class(q), 3.32, 0.424, 2.57, 4.2, 0.423, 4.25, 0.472, 0.282, 0.254, 0.302, 6.85, 10.8, 2.0)
    prev_by_class = table(word_class(q), 0.0539, 0.132, 0.139, 0.235, 0.114, 0.19, 0.172, 0.257, 0.153, 0.174, 0.187, 0.153, 0.419)
    return 6.54 * (k == q) + 67.6 * (k == 0) + 17.7 * (k < q and token(k) == token(q)) + 4.87 * (k < q and lower(k) == lower(q)) + 0.00628 * (k >= sentence_start(q)) + 0.00689 * decay(q - k, 10.0) + 29.9 * ((k == 0) * decay(q, 32.0)) + 1.05 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 66.0 * (token(k) == 260) + 83.3 * (token(k) == 260 and count(k) == 1) + 4.07 * (token(k) == 216) + 138.0 * (token(k) == 216 and count(k) == 1)
