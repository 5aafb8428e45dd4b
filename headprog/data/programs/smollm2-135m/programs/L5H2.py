"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H2
label: mixed
source: offline search (seed 0), fitted for L5H2
scores: synthesis_iou=0.6774 heldout_iou=0.6050 heldout_js=0.2804 n_heldout=32 heldout_iou_passage=0.5489 heldout_iou_sentence=0.6611
"""


@program(normalize="weights", fallback="first", head="L5H2", label="mixed")
def L5H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0794, 0.0216, 0.142, 0.0978, 0.062, 0.0909, 0.263, 0.0721, 0.103, 0.731, 0.0259, 0.0646, 0.314)
    first_by_class = table(word_class(q), 2.71, 11.7, 2.69, 0.279, 4.62, 0.938, 2.57, 5.11, 3.48, 0.356, 0.208, 5.92, 0.341)
    self_by_class = table(word_class(q), 0.558, 0.369, 0.768, 7.38, 0.878, 4.56, 5.83, 4.54, 1.69, 9.4, 10.8, 3.26, 3.37)
    prev_by_class = table(word_class(q), 1.07, 0.949, 1.39, 1.85, 0.769, 0.369, 0.513, 2.85, 0.43, 0.429, 3.01, 0.939, 8.64)
    return 22.2 * (k == q) + 4.16 * (k == 0) + 0.256 * (k < q and token(k) == token(q)) + 0.208 * (k < q and lower(k) == lower(q)) + 0.308 * (k >= sentence_start(q)) + 25.3 * ((k == 0) * decay(q, 32.0)) + 2.82 * (k == 0 and is_word_start(q)) + 0.59 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 7.23 * (token(k) == 260) + 9.75 * (token(k) == 260 and count(k) == 1) + 0.635 * (token(k) == 216) + 17.7 * (token(k) == 216 and count(k) == 1)
