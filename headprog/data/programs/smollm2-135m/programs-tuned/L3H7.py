"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H7
label: mixed
source: offline search (seed 0), fitted for L3H7
scores: synthesis_iou=0.5985 heldout_iou=0.5426 heldout_js=0.3253 n_heldout=32 heldout_iou_passage=0.4710 heldout_iou_sentence=0.6143
"""


@program(normalize="weights", fallback="first", head="L3H7", label="mixed")
def L3H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.142, 0.0152, 0.398, 0.148, 0.0522, 0.0647, 1.22, 0.143, 0.234, 2.2, 0.0179, 0.0593, 2.39)
    first_by_class = table(word_class(q), 0.105, 36.9, 0.554, 4.91, 2.08, 5.86, 4.84, 5.4, 10.9, 15.6, 1.79, 3.59, 5.86)
    self_by_class = table(word_class(q), 0.636, 0.105, 3.24, 0.322, 1.42, 0.225, 0.256, 0.255, 0.202, 0.327, 0.137, 0.249, 0.235)
    prev_by_class = table(word_class(q), 5.33, 0.151, 7.36, 4.73, 3.52, 0.2, 0.447, 1.22, 0.138, 0.158, 0.199, 7.46, 0.243)
    return 2.95 * (k == q - 2) + 9.38 * (k == 0) + 1.2 * (k >= sentence_start(q)) + 1.36 * decay(q - k, 3.0) + 1.03 * decay(q - k, 10.0) + 0.163 * (k == 1) + 8.69 * ((k == 0) * decay(q, 32.0)) + 0.113 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 4.73 * (token(k) == 260) + 6.69 * (token(k) == 260 and count(k) == 1) + 0.458 * (token(k) == 216) + 15.7 * (token(k) == 216 and count(k) == 1)
