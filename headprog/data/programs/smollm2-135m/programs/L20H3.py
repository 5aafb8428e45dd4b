"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H3
label: first token
source: offline search (seed 0), fitted for L20H3
scores: synthesis_iou=0.9092 heldout_iou=0.8556 heldout_js=0.1414 n_heldout=32 heldout_iou_passage=0.7978 heldout_iou_sentence=0.9134
"""


@program(normalize="weights", fallback="first", head="L20H3", label="first token")
def L20H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.224, 0.338, 0.101, 0.165, 0.202, 0.157, 0.297, 0.257, 0.185, 0.144, 0.352, 0.181, 0.177)
    first_by_class = table(word_class(q), 6.99, 3.59, 3.25, 2.12, 3.53, 1.84, 1.75, 1.19, 2.57, 1.33, 2.72, 3.52, 1.05)
    self_by_class = table(word_class(q), 0.394, 0.362, 0.378, 0.782, 0.441, 1.87, 1.44, 1.99, 1.12, 5.8, 0.485, 0.349, 4.98)
    prev_by_class = table(word_class(q), 0.208, 0.284, 0.381, 0.481, 0.383, 5.21, 0.564, 1.97, 0.867, 0.387, 0.354, 0.302, 0.399)
    return 0.172 * (k == q - 1) + 0.239 * (k == q - 2) + 1340.0 * (k == 0) + 0.154 * (k == last(is_word_start, q)) + 0.778 * (prev_token(k) == token(q)) + 0.493 * (k >= sentence_start(q)) + 0.144 * is_sentence_end(k) + 0.244 * decay(q - k, 3.0) + 0.154 * decay(q - k, 10.0) + 7.59 * ((k == 0) * decay(q, 32.0)) + 34.5 * (k == 0 and is_word_start(q)) + 2.37 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
