"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H4
label: mixed
source: offline search (seed 0), fitted for L9H4
scores: synthesis_iou=0.5647 heldout_iou=0.4974 heldout_js=0.3641 n_heldout=32 heldout_iou_passage=0.4382 heldout_iou_sentence=0.5566
"""


@program(normalize="weights", fallback="first", head="L9H4", label="mixed")
def L9H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0103, 0.0286, 0.0286, 0.0486, 0.0223, 0.048, 0.375, 0.143, 0.0582, 1.27, 0.0229, 0.0311, 0.844)
    first_by_class = table(word_class(q), 0.195, 6.3, 4.88, 0.285, 6.07, 5.48, 0.434, 2.17, 6.69, 8.42, 0.272, 4.47, 5.27)
    self_by_class = table(word_class(q), 0.247, 0.182, 0.203, 0.292, 0.157, 0.23, 0.235, 0.267, 0.204, 0.225, 0.234, 0.22, 0.251)
    prev_by_class = table(word_class(q), 0.978, 0.186, 0.21, 3.83, 0.197, 0.234, 0.248, 4.24, 0.194, 0.207, 0.276, 2.6, 0.255)
    return 0.0716 * (k == q - 1) + 7.9 * (k == q - 2) + 32.3 * (k == 0) + 3.8 * (k >= sentence_start(q)) + 9.97 * decay(q - k, 3.0) + 4.33 * decay(q - k, 10.0) + 84.3 * ((k == 0) * decay(q, 32.0)) + 0.621 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 25.7 * (token(k) == 260) + 38.8 * (token(k) == 260 and count(k) == 1) + 6.89 * (token(k) == 216) + 60.3 * (token(k) == 216 and count(k) == 1)
