"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H3
label: mixed
source: offline search (seed 0), fitted for L4H3
scores: synthesis_iou=0.7802 heldout_iou=0.6750 heldout_js=0.2672 n_heldout=32 heldout_iou_passage=0.5515 heldout_iou_sentence=0.7984
"""


@program(normalize="weights", fallback="first", head="L4H3", label="mixed")
def L4H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00597, 0.0101, 0.0119, 0.0206, 0.021, 0.0268, 0.0664, 0.0812, 0.0261, 0.0822, 0.119, 0.0221, 0.0726)
    first_by_class = table(word_class(q), 1.35, 7.57, 2.98, 5.14, 0.552, 0.602, 4.46, 4.69, 5.6, 0.308, 0.3, 3.11, 0.483)
    self_by_class = table(word_class(q), 0.0893, 0.149, 1.34, 0.689, 0.5, 1.85, 0.703, 0.418, 0.727, 6.2, 5.7, 0.388, 7.28)
    prev_by_class = table(word_class(q), 0.402, 1.56, 3.08, 6.25, 1.1, 0.527, 0.5, 1.78, 1.39, 0.615, 954.0, 1.0, 4.33)
    return 0.143 * (k == q) + 41.3 * (k == 0) + 0.0302 * (k >= sentence_start(q)) + 0.299 * (k == 1) + 24.4 * ((k == 0) * decay(q, 32.0)) + 3.04 * (k == 0 and is_word_start(q)) + 0.0675 * (k == prev_occurrence(q) + 1) + 0.00994 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 63.1 * (token(k) == 260) + 70.9 * (token(k) == 260 and count(k) == 1) + 3.05 * (token(k) == 216) + 101.0 * (token(k) == 216 and count(k) == 1)
