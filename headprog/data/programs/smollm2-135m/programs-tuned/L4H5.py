"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H5
label: token sink
source: offline search (seed 0), fitted for L4H5
scores: synthesis_iou=0.8117 heldout_iou=0.6870 heldout_js=0.2585 n_heldout=32 heldout_iou_passage=0.5710 heldout_iou_sentence=0.8029
"""


@program(normalize="weights", fallback="first", head="L4H5", label="token sink")
def L4H5(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0173, 0.0221, 0.04, 0.0621, 0.0428, 0.0721, 0.52, 0.677, 0.125, 0.546, 0.0379, 0.0641, 0.459)
    first_by_class = table(word_class(q), 1.5, 5.53, 0.427, 4.3, 0.786, 4.48, 4.7, 4.51, 0.571, 5.27, 0.369, 4.83, 4.97)
    self_by_class = table(word_class(q), 0.143, 0.172, 1.28, 0.636, 0.239, 0.321, 1.05, 0.447, 0.727, 12.3, 0.482, 0.423, 7.19)
    prev_by_class = table(word_class(q), 0.464, 0.487, 2.4, 0.608, 0.276, 0.253, 0.438, 4.18, 0.213, 0.24, 1.28, 0.745, 5.24)
    return 0.112 * (k == q) + 89.8 * (k == 0) + 0.044 * (k >= sentence_start(q)) + 0.255 * (k == 1) + 16.5 * ((k == 0) * decay(q, 32.0)) + 5.13 * (k == 0 and is_word_start(q)) + 0.132 * (k == prev_occurrence(q) + 1) + 0.0218 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 116.0 * (token(k) == 260) + 124.0 * (token(k) == 260 and count(k) == 1) + 6.29 * (token(k) == 216) + 195.0 * (token(k) == 216 and count(k) == 1)
