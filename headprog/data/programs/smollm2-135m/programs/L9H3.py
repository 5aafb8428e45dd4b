"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H3
label: mixed
source: offline search (seed 0), fitted for L9H3
scores: synthesis_iou=0.6529 heldout_iou=0.5694 heldout_js=0.3325 n_heldout=32 heldout_iou_passage=0.4772 heldout_iou_sentence=0.6617
"""


@program(normalize="weights", fallback="first", head="L9H3", label="mixed")
def L9H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.102, 0.0636, 0.591, 0.0635, 0.258, 0.697, 0.512, 0.173, 1.01, 2.02, 0.0315, 0.101, 1.11)
    first_by_class = table(word_class(q), 1.63, 18.0, 1.09, 0.384, 9.08, 0.267, 0.276, 5.06, 0.339, 0.216, 0.391, 5.9, 0.269)
    self_by_class = table(word_class(q), 0.428, 0.186, 0.302, 2.32, 0.138, 8.37, 4.26, 0.262, 7.3, 14.0, 0.249, 0.247, 6.16)
    prev_by_class = table(word_class(q), 0.122, 0.147, 0.236, 4.74, 0.134, 4.0, 0.243, 0.343, 0.235, 0.286, 0.263, 0.206, 6.85)
    return 0.0435 * (k == q - 1) + 0.146 * (k == q - 2) + 29.1 * (k == 0) + 0.558 * (k >= sentence_start(q)) + 0.0916 * decay(q - k, 3.0) + 1.22 * decay(q - k, 10.0) + 29.9 * ((k == 0) * decay(q, 32.0)) + 7.51 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 28.3 * (token(k) == 260) + 25.2 * (token(k) == 260 and count(k) == 1) + 4.87 * (token(k) == 216) + 57.5 * (token(k) == 216 and count(k) == 1)
