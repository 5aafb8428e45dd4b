"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H2
label: mixed
source: offline search (seed 0), fitted for L9H2
scores: synthesis_iou=0.6154 heldout_iou=0.5225 heldout_js=0.3726 n_heldout=32 heldout_iou_passage=0.4243 heldout_iou_sentence=0.6206
"""


@program(normalize="weights", fallback="first", head="L9H2", label="mixed")
def L9H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.872, 0.915, 1.96, 0.489, 1.21, 1.25, 1.38, 0.233, 1.86, 4.25, 0.6, 0.595, 3.78)
    first_by_class = table(word_class(q), 0.182, 2.34, 1.66, 0.336, 4.48, 6.5, 4.59, 5.28, 8.39, 7.94, 0.301, 0.499, 5.38)
    self_by_class = table(word_class(q), 6.43, 0.773, 0.182, 1.11, 0.121, 0.192, 0.271, 0.264, 0.154, 0.196, 2.43, 1.37, 0.274)
    prev_by_class = table(word_class(q), 0.052, 0.135, 0.132, 0.359, 0.108, 0.173, 0.158, 0.257, 0.139, 0.169, 0.164, 0.174, 0.266)
    return 0.0214 * (k == q - 1) + 0.0253 * (k == q - 2) + 30.7 * (k == 0) + 0.582 * (k >= sentence_start(q)) + 0.0164 * decay(q - k, 3.0) + 0.102 * decay(q - k, 10.0) + 42.5 * ((k == 0) * decay(q, 32.0)) + 0.882 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 21.6 * (token(k) == 260) + 21.4 * (token(k) == 260 and count(k) == 1) + 4.88 * (token(k) == 216) + 52.4 * (token(k) == 216 and count(k) == 1)
