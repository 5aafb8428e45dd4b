"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L8H6
label: mixed
source: offline search (seed 0), fitted for L8H6
scores: synthesis_iou=0.6353 heldout_iou=0.5534 heldout_js=0.3220 n_heldout=32 heldout_iou_passage=0.4830 heldout_iou_sentence=0.6238
"""


@program(normalize="weights", fallback="first", head="L8H6", label="mixed")
def L8H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.497, 0.336, 0.333, 0.183, 0.237, 0.0511, 1.01, 0.118, 0.297, 0.955, 0.1, 0.377, 0.721)
    first_by_class = table(word_class(q), 0.15, 6.88, 1.04, 4.98, 1.47, 0.528, 4.47, 5.26, 13.1, 12.1, 0.224, 2.54, 5.42)
    self_by_class = table(word_class(q), 3.69, 1.53, 1.99, 0.252, 0.572, 0.78, 1.82, 0.285, 0.159, 0.172, 1.18, 4.89, 0.24)
    prev_by_class = table(word_class(q), 1.34, 0.216, 3.26, 0.48, 1.17, 0.212, 0.296, 2.75, 0.148, 0.167, 0.931, 0.762, 0.24)
    return 0.128 * (k == q) + 16.5 * (k == 0) + 0.109 * (k < q and token(k) == token(q)) + 0.11 * (k < q and lower(k) == lower(q)) + 0.715 * (k >= sentence_start(q)) + 2.12 * decay(q - k, 10.0) + 21.9 * ((k == 0) * decay(q, 32.0)) + 0.422 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 13.4 * (token(k) == 260) + 15.9 * (token(k) == 260 and count(k) == 1) + 1.92 * (token(k) == 216) + 30.9 * (token(k) == 216 and count(k) == 1)
