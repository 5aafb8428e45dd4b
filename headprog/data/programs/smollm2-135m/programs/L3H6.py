"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H6
label: first token
source: offline search (seed 0), fitted for L3H6
scores: synthesis_iou=0.7675 heldout_iou=0.6774 heldout_js=0.2445 n_heldout=32 heldout_iou_passage=0.5956 heldout_iou_sentence=0.7591
"""


@program(normalize="weights", fallback="first", head="L3H6", label="first token")
def L3H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.393, 0.111, 0.66, 0.332, 0.163, 0.452, 0.875, 0.186, 0.892, 2.98, 0.121, 0.412, 4.08)
    first_by_class = table(word_class(q), 0.918, 35.7, 0.344, 0.887, 7.38, 3.0, 4.83, 5.34, 24.6, 23.1, 2.0, 1.77, 5.31)
    self_by_class = table(word_class(q), 0.567, 0.21, 0.589, 0.296, 0.132, 1.01, 0.27, 0.266, 0.685, 0.228, 0.14, 0.808, 0.264)
    prev_by_class = table(word_class(q), 0.23, 0.175, 0.205, 0.285, 0.15, 0.448, 0.339, 0.313, 0.275, 0.233, 0.159, 0.943, 0.312)
    return 0.145 * (k == q - 2) + 0.919 * (k == 0) + 0.241 * (k >= sentence_start(q)) + 0.0752 * decay(q - k, 3.0) + 0.251 * decay(q - k, 10.0) + 0.349 * (k == 1) + 21.2 * ((k == 0) * decay(q, 32.0)) + 19.6 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 9.2 * (token(k) == 260) + 13.7 * (token(k) == 260 and count(k) == 1) + 0.791 * (token(k) == 216) + 29.5 * (token(k) == 216 and count(k) == 1)
