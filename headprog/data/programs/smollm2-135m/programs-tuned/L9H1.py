"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H1
label: mixed
source: offline search (seed 0), fitted for L9H1
scores: synthesis_iou=0.6424 heldout_iou=0.5791 heldout_js=0.2944 n_heldout=32 heldout_iou_passage=0.5216 heldout_iou_sentence=0.6366
"""


@program(normalize="weights", fallback="first", head="L9H1", label="mixed")
def L9H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.113, 0.125, 0.0448, 0.0465, 0.0259, 0.0413, 0.23, 0.115, 0.0501, 0.905, 0.0284, 0.0533, 0.921)
    first_by_class = table(word_class(q), 0.235, 6.85, 4.97, 3.21, 11.7, 4.7, 0.478, 5.0, 4.9, 0.82, 0.259, 3.71, 1.93)
    self_by_class = table(word_class(q), 0.0822, 0.158, 0.213, 0.235, 0.145, 0.247, 0.219, 0.256, 0.24, 4.84, 0.198, 0.198, 0.259)
    prev_by_class = table(word_class(q), 2.78, 0.359, 0.234, 0.448, 0.335, 4.33, 3.38, 0.271, 4.92, 1.04, 4.25, 6.16, 0.328)
    return 1.27 * (k == q - 1) + 3.92 * (k == q - 2) + 17.8 * (k == 0) + 1.24 * (k >= sentence_start(q)) + 0.911 * decay(q - k, 3.0) + 4.83 * decay(q - k, 10.0) + 32.9 * ((k == 0) * decay(q, 32.0)) + 2.2 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 13.8 * (token(k) == 260) + 18.8 * (token(k) == 260 and count(k) == 1) + 2.11 * (token(k) == 216) + 32.1 * (token(k) == 216 and count(k) == 1)
