"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H2
label: mixed
source: offline search (seed 0), fitted for L15H2
scores: synthesis_iou=0.5376 heldout_iou=0.5064 heldout_js=0.3499 n_heldout=32 heldout_iou_passage=0.4712 heldout_iou_sentence=0.5416
"""


@program(normalize="weights", fallback="first", head="L15H2", label="mixed")
def L15H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0249, 0.0238, 0.0436, 0.0453, 0.0256, 0.0328, 0.239, 0.184, 0.0604, 0.583, 0.0165, 0.0266, 0.661)
    first_by_class = table(word_class(q), 0.234, 6.04, 0.289, 1.71, 0.287, 5.45, 5.65, 0.286, 6.21, 10.1, 0.275, 7.09, 6.32)
    self_by_class = table(word_class(q), 0.596, 0.257, 0.445, 4.72, 0.206, 0.302, 1.48, 0.691, 0.258, 5.08, 0.233, 2.42, 0.263)
    prev_by_class = table(word_class(q), 11.4, 1.99, 11.6, 5.98, 0.487, 0.243, 0.251, 5.16, 0.224, 0.213, 0.231, 6.77, 0.259)
    return 20.0 * (k == q - 1) + 22.6 * (k == q - 2) + 12.5 * (k == q - 3) + 68.9 * (k == 0) + 7.78 * (k == last(is_punct, q) + 1) + 1.83 * (k >= sentence_start(q)) + 0.583 * is_sentence_end(k) + 13.9 * decay(q - k, 3.0) + 0.0836 * decay(q - k, 10.0) + 0.807 * ((k == 0) * decay(q, 32.0)) + 0.636 * (k == 0 and is_word_start(q)) + 18.6 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
