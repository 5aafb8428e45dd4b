"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H1
label: mixed
source: offline search (seed 0), fitted for L4H1
scores: synthesis_iou=0.5813 heldout_iou=0.5005 heldout_js=0.3648 n_heldout=32 heldout_iou_passage=0.4359 heldout_iou_sentence=0.5651
"""


@program(normalize="weights", fallback="first", head="L4H1", label="mixed")
def L4H1(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.718, 0.992, 0.434, 0.438, 0.37, 0.4, 1.12, 0.0982, 0.711, 2.71, 0.333, 0.53, 1.0)
    first_by_class = table(word_class(q), 0.0932, 12.8, 2.48, 3.69, 9.04, 8.08, 0.582, 5.59, 14.6, 6.57, 0.388, 0.204, 2.7)
    self_by_class = table(word_class(q), 4.0, 0.439, 0.7, 2.3, 0.15, 0.316, 0.693, 0.244, 0.863, 6.69, 0.702, 4.3, 3.19)
    prev_by_class = table(word_class(q), 0.45, 0.123, 0.254, 0.24, 0.199, 0.171, 1.13, 0.246, 0.145, 0.184, 0.232, 1.03, 5.95)
    return 0.231 * (k == q) + 18.5 * (k == 0) + 0.443 * (k >= sentence_start(q)) + 0.759 * (k == 1) + 2.2 * ((k == 0) * decay(q, 32.0)) + 0.281 * (k == 0 and is_word_start(q)) + 0.178 * (k == prev_occurrence(q) + 1) + 1.28 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 8.06 * (token(k) == 260) + 10.5 * (token(k) == 260 and count(k) == 1) + 0.263 * (token(k) == 216) + 17.1 * (token(k) == 216 and count(k) == 1)
