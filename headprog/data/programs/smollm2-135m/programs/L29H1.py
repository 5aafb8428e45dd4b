"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H1
label: mixed
source: offline search (seed 0), fitted for L29H1
scores: synthesis_iou=0.6271 heldout_iou=0.6063 heldout_js=0.2770 n_heldout=32 heldout_iou_passage=0.5686 heldout_iou_sentence=0.6440
"""


@program(normalize="weights", fallback="first", head="L29H1", label="mixed")
def L29H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0269, 0.0428, 0.046, 0.103, 0.0837, 0.0488, 0.217, 0.169, 0.0759, 0.842, 0.0231, 0.0287, 0.0857)
    first_by_class = table(word_class(q), 0.198, 6.3, 4.76, 0.273, 7.63, 0.303, 2.64, 0.279, 5.33, 0.259, 12.0, 8.13, 5.17)
    self_by_class = table(word_class(q), 13.5, 3.13, 0.366, 5.04, 0.349, 0.51, 1.15, 4.39, 0.255, 6.49, 0.258, 0.262, 0.275)
    prev_by_class = table(word_class(q), 2.01, 0.252, 11.0, 0.922, 0.305, 4.04, 1.9, 5.27, 6.12, 0.226, 0.285, 1.29, 6.11)
    return 124.0 * (k == q) + 2.56 * (k == q - 1) + 60.6 * (k == 0) + 0.233 * (k == word_start(q)) + 0.255 * (k >= sentence_start(q)) + 45.6 * decay(q - k, 1.0) + 2.16 * decay(q - k, 3.0) + 0.715 * decay(q - k, 10.0) + 16.7 * ((k == 0) * decay(q, 32.0)) + 0.565 * (k == 0 and is_word_start(q)) + 7.85 * (k == q and is_word_start(q)) + 0.363 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
