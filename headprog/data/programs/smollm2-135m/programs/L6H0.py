"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H0
label: token sink
source: offline search (seed 0), fitted for L6H0
scores: synthesis_iou=0.7901 heldout_iou=0.6766 heldout_js=0.2641 n_heldout=32 heldout_iou_passage=0.5532 heldout_iou_sentence=0.7999
"""


@program(normalize="weights", fallback="first", head="L6H0", label="token sink")
def L6H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0532, 0.0292, 0.0911, 0.0908, 0.104, 0.135, 0.537, 0.165, 0.216, 0.383, 0.116, 0.0411, 0.259)
    first_by_class = table(word_class(q), 0.73, 7.78, 0.737, 0.573, 2.82, 3.55, 2.52, 5.05, 5.44, 4.52, 0.501, 4.21, 0.303)
    self_by_class = table(word_class(q), 0.0799, 0.119, 0.571, 1.4, 0.395, 2.04, 0.563, 0.323, 7.17, 39.9, 0.455, 0.196, 11.2)
    prev_by_class = table(word_class(q), 0.0803, 0.142, 0.387, 1.29, 0.238, 0.37, 0.309, 0.417, 0.387, 0.319, 0.361, 0.19, 6.77)
    return 0.0847 * (k == q) + 0.041 * (k == q - 1) + 0.0829 * (k == q - 2) + 56.8 * (k == 0) + 0.061 * decay(q - k, 3.0) + 30.5 * ((k == 0) * decay(q, 32.0)) + 4.52 * (k == 0 and is_word_start(q)) + 1.3 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 59.6 * (token(k) == 260) + 82.4 * (token(k) == 260 and count(k) == 1) + 5.39 * (token(k) == 216) + 115.0 * (token(k) == 216 and count(k) == 1)
