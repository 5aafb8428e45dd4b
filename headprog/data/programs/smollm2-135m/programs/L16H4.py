"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H4
label: first token
source: offline search (seed 0), fitted for L16H4
scores: synthesis_iou=0.5564 heldout_iou=0.5439 heldout_js=0.3154 n_heldout=32 heldout_iou_passage=0.4948 heldout_iou_sentence=0.5929
"""


@program(normalize="weights", fallback="first", head="L16H4", label="first token")
def L16H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.101, 0.229, 0.0204, 0.076, 0.0221, 0.0445, 0.0435, 0.209, 0.0421, 0.255, 0.0242, 0.0638, 0.136)
    first_by_class = table(word_class(q), 9.86, 33.5, 0.274, 0.27, 0.27, 0.244, 0.271, 0.279, 0.236, 0.274, 12.8, 13.7, 5.61)
    self_by_class = table(word_class(q), 3.93, 0.217, 0.71, 2.54, 0.283, 4.79, 3.41, 5.17, 0.251, 0.27, 0.226, 0.295, 0.267)
    prev_by_class = table(word_class(q), 0.751, 0.215, 3.91, 5.83, 2.79, 9.96, 5.88, 0.364, 31.2, 1.81, 0.213, 0.238, 0.268)
    return 0.184 * (k == q) + 20.8 * (k == q - 1) + 14.3 * (k == q - 2) + 126.0 * (k == 0) + 3.97 * (k == last(is_word_start, q)) + 1.76 * (k >= sentence_start(q)) + 0.509 * decay(q - k, 1.0) + 18.3 * decay(q - k, 3.0) + 0.34 * decay(q - k, 10.0) + 1.89 * ((k == 0) * decay(q, 32.0)) + 1.05 * (k == 0 and is_word_start(q)) + 0.162 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
