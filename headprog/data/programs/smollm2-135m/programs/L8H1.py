"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H1
label: token sink
source: offline search (seed 0), fitted for L8H1
scores: synthesis_iou=0.7200 heldout_iou=0.6052 heldout_js=0.3193 n_heldout=32 heldout_iou_passage=0.5170 heldout_iou_sentence=0.6933
"""


@program(normalize="weights", fallback="first", head="L8H1", label="token sink")
def L8H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0193, 0.0717, 0.034, 0.0367, 0.0227, 0.03, 0.57, 0.126, 0.0666, 0.256, 0.0223, 0.0479, 0.294)
    first_by_class = table(word_class(q), 0.379, 6.73, 1.64, 0.368, 3.35, 1.79, 3.64, 4.95, 1.04, 7.39, 0.333, 5.29, 5.09)
    self_by_class = table(word_class(q), 3.5, 0.442, 3.7, 2.97, 2.13, 1.25, 0.729, 0.585, 0.227, 0.34, 7.37, 8.54, 3.19)
    prev_by_class = table(word_class(q), 0.0543, 0.143, 0.149, 0.37, 0.119, 0.191, 0.176, 1.9, 0.152, 0.168, 0.206, 0.151, 0.816)
    return 8.49 * (k == q) + 72.0 * (k == 0) + 13.2 * (k < q and token(k) == token(q)) + 7.03 * (k < q and lower(k) == lower(q)) + 0.133 * (k >= sentence_start(q)) + 0.323 * decay(q - k, 10.0) + 32.4 * ((k == 0) * decay(q, 32.0)) + 0.689 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 70.5 * (token(k) == 260) + 64.0 * (token(k) == 260 and count(k) == 1) + 5.94 * (token(k) == 216) + 130.0 * (token(k) == 216 and count(k) == 1)
