"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H0
label: mixed
source: offline search (seed 0), fitted for L4H0
scores: synthesis_iou=0.6760 heldout_iou=0.5832 heldout_js=0.3117 n_heldout=32 heldout_iou_passage=0.5056 heldout_iou_sentence=0.6608
"""


@program(normalize="weights", fallback="first", head="L4H0", label="mixed")
def L4H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0571, 0.0738, 0.202, 0.134, 0.106, 0.276, 0.583, 0.0609, 0.552, 1.89, 0.168, 0.0845, 0.824)
    first_by_class = table(word_class(q), 1.1, 11.9, 2.69, 0.848, 2.54, 3.5, 0.313, 5.3, 5.48, 2.13, 0.22, 4.2, 0.322)
    self_by_class = table(word_class(q), 0.595, 0.227, 2.83, 0.261, 1.85, 11.0, 5.67, 0.265, 5.88, 6.78, 3.67, 0.245, 6.13)
    prev_by_class = table(word_class(q), 1.06, 0.199, 1.63, 0.821, 0.862, 0.53, 0.565, 1.65, 0.15, 0.147, 1.74, 2.27, 0.933)
    return 4.25 * (k == q) + 12.7 * (k == 0) + 0.338 * (k >= sentence_start(q)) + 0.251 * (k == 1) + 14.1 * ((k == 0) * decay(q, 32.0)) + 1.04 * (k == 0 and is_word_start(q)) + 0.149 * (k == prev_occurrence(q) + 1) + 0.321 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 16.2 * (token(k) == 260) + 13.7 * (token(k) == 260 and count(k) == 1) + 2.0 * (token(k) == 216) + 31.0 * (token(k) == 216 and count(k) == 1)
