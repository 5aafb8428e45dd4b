"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H2
label: mixed
source: offline search (seed 0), fitted for L4H2
scores: synthesis_iou=0.5754 heldout_iou=0.5051 heldout_js=0.3778 n_heldout=32 heldout_iou_passage=0.4400 heldout_iou_sentence=0.5702
"""


@program(normalize="weights", fallback="first", head="L4H2", label="mixed")
def L4H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.11, 0.108, 0.0337, 0.0418, 0.0647, 0.0343, 0.141, 0.0739, 0.0577, 0.367, 0.0412, 0.106, 0.293)
    first_by_class = table(word_class(q), 0.225, 0.544, 0.827, 5.0, 3.46, 1.78, 5.63, 4.97, 1.71, 4.23, 1.02, 4.9, 0.283)
    self_by_class = table(word_class(q), 8.86, 25.7, 0.16, 0.288, 3.89, 0.149, 0.195, 0.253, 0.121, 0.135, 0.292, 7.11, 0.228)
    prev_by_class = table(word_class(q), 10.2, 90.6, 0.424, 0.54, 17.7, 0.202, 0.451, 0.339, 0.175, 0.134, 0.721, 10.1, 0.253)
    return 0.0621 * (k == q) + 28.6 * (k == 0) + 0.419 * (k >= sentence_start(q)) + 0.992 * (k == 1) + 17.3 * ((k == 0) * decay(q, 32.0)) + 1.22 * (k == 0 and is_word_start(q)) + 0.0705 * (k == prev_occurrence(q) + 1) + 1.38 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 23.1 * (token(k) == 260) + 27.8 * (token(k) == 260 and count(k) == 1) + 1.88 * (token(k) == 216) + 45.7 * (token(k) == 216 and count(k) == 1)
