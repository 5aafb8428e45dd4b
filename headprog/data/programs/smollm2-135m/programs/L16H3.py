"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H3
label: first token
source: offline search (seed 0), fitted for L16H3
scores: synthesis_iou=0.5063 heldout_iou=0.4717 heldout_js=0.3891 n_heldout=32 heldout_iou_passage=0.4092 heldout_iou_sentence=0.5341
"""


@program(normalize="weights", fallback="first", head="L16H3", label="first token")
def L16H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.759, 3.87, 0.044, 0.761, 0.087, 0.0553, 0.414, 0.174, 0.188, 1.66, 0.0509, 1.41, 0.568)
    first_by_class = table(word_class(q), 6.5, 20.2, 0.509, 0.537, 1.95, 0.531, 0.232, 0.246, 0.89, 0.248, 2.38, 7.08, 0.792)
    self_by_class = table(word_class(q), 0.513, 0.267, 0.212, 5.03, 0.183, 0.251, 4.33, 1.43, 0.387, 5.65, 0.236, 0.554, 5.57)
    prev_by_class = table(word_class(q), 0.201, 0.224, 5.33, 4.56, 0.366, 5.58, 32.9, 4.95, 13.5, 4.7, 0.236, 0.754, 5.01)
    return 0.118 * (k == q) + 0.837 * (k == q - 1) + 3.29 * (k == q - 2) + 124.0 * (k == 0) + 0.581 * (k == last(is_word_start, q)) + 2.19 * (k >= sentence_start(q)) + 0.184 * decay(q - k, 1.0) + 0.658 * decay(q - k, 3.0) + 3.93 * decay(q - k, 10.0) + 1.61 * ((k == 0) * decay(q, 32.0)) + 1.47 * (k == 0 and is_word_start(q)) + 0.0854 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
