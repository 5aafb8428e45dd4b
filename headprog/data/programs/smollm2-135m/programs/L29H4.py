"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H4
label: mixed
source: offline search (seed 0), fitted for L29H4
scores: synthesis_iou=0.6238 heldout_iou=0.5996 heldout_js=0.2687 n_heldout=32 heldout_iou_passage=0.5645 heldout_iou_sentence=0.6346
"""


@program(normalize="weights", fallback="first", head="L29H4", label="mixed")
def L29H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0374, 0.0469, 0.047, 0.0437, 0.0329, 0.0391, 0.0469, 0.145, 0.0847, 0.507, 0.0297, 0.0302, 0.411)
    first_by_class = table(word_class(q), 0.268, 5.09, 13.7, 5.0, 3.26, 6.19, 7.64, 2.46, 10.3, 0.232, 0.214, 0.258, 0.264)
    self_by_class = table(word_class(q), 46.1, 0.856, 0.231, 0.287, 0.336, 0.267, 0.223, 0.328, 0.463, 12.2, 0.262, 7.18, 5.91)
    prev_by_class = table(word_class(q), 13.7, 2.39, 0.229, 0.624, 2.6, 0.371, 0.252, 5.04, 0.219, 0.18, 139.0, 7.62, 5.21)
    return 29.7 * (k == q) + 5.71 * (k == q - 1) + 20.7 * (k == 0) + 0.354 * (k == word_start(q)) + 0.0404 * (k >= sentence_start(q)) + 4.9 * decay(q - k, 1.0) + 0.159 * decay(q - k, 3.0) + 0.104 * decay(q - k, 10.0) + 13.1 * ((k == 0) * decay(q, 32.0)) + 75.0 * (k == 0 and is_word_start(q)) + 0.882 * (k == q and is_word_start(q)) + 0.0886 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
