"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H5
label: first token
source: offline search (seed 0), fitted for L3H5
scores: synthesis_iou=0.7115 heldout_iou=0.6291 heldout_js=0.2715 n_heldout=32 heldout_iou_passage=0.5443 heldout_iou_sentence=0.7140
"""


@program(normalize="weights", fallback="first", head="L3H5", label="first token")
def L3H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.855, 0.205, 0.833, 0.387, 0.639, 0.532, 1.01, 0.647, 0.424, 1.04, 0.339, 0.484, 1.29)
    first_by_class = table(word_class(q), 2.48, 40.6, 0.314, 0.895, 10.6, 3.94, 0.468, 0.287, 19.3, 9.07, 3.89, 3.07, 5.31)
    self_by_class = table(word_class(q), 0.82, 0.165, 2.14, 0.611, 0.239, 0.961, 1.04, 1.85, 0.177, 0.156, 0.15, 2.08, 0.249)
    prev_by_class = table(word_class(q), 0.185, 0.163, 0.195, 0.287, 0.308, 0.433, 0.271, 0.884, 0.219, 0.332, 0.171, 0.567, 0.247)
    return 0.128 * (k == q - 2) + 2.14 * (k == 0) + 0.288 * (k >= sentence_start(q)) + 0.0693 * decay(q - k, 3.0) + 0.261 * decay(q - k, 10.0) + 0.247 * (k == 1) + 16.2 * ((k == 0) * decay(q, 32.0)) + 10.4 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 6.14 * (token(k) == 260) + 9.27 * (token(k) == 260 and count(k) == 1) + 0.272 * (token(k) == 216) + 18.7 * (token(k) == 216 and count(k) == 1)
