"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H0
label: first token
source: offline search (seed 0), fitted for L21H0
scores: synthesis_iou=0.6041 heldout_iou=0.5934 heldout_js=0.3008 n_heldout=32 heldout_iou_passage=0.5470 heldout_iou_sentence=0.6398
"""


@program(normalize="weights", fallback="first", head="L21H0", label="first token")
def L21H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0303, 0.0299, 0.0357, 0.0524, 0.0502, 0.0534, 0.0535, 0.202, 0.0547, 0.565, 0.0226, 0.0255, 0.168)
    first_by_class = table(word_class(q), 0.508, 8.23, 0.575, 0.28, 1.53, 2.44, 0.65, 0.261, 4.0, 5.52, 3.75, 7.09, 5.15)
    self_by_class = table(word_class(q), 3.95, 0.201, 5.6, 5.93, 6.19, 5.75, 5.62, 5.52, 1.76, 6.73, 0.239, 0.215, 0.279)
    prev_by_class = table(word_class(q), 47.8, 0.198, 18.6, 9.12, 3.46, 0.352, 1.33, 5.19, 0.298, 0.236, 0.311, 0.311, 0.276)
    return 2.3 * (k == q) + 3.51 * (k == q - 1) + 3.77 * (k == q - 2) + 213.0 * (k == 0) + 0.354 * (k >= sentence_start(q)) + 8.09 * decay(q - k, 1.0) + 6.52 * decay(q - k, 3.0) + 0.0759 * decay(q - k, 10.0) + 2.85 * ((k == 0) * decay(q, 32.0)) + 1.44 * (k == 0 and is_word_start(q)) + 0.14 * (k == prev_occurrence(q) + 1) + 12.5 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
