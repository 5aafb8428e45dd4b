"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H1
label: mixed
source: offline search (seed 0), fitted for L20H1
scores: synthesis_iou=0.6494 heldout_iou=0.6100 heldout_js=0.2682 n_heldout=32 heldout_iou_passage=0.5375 heldout_iou_sentence=0.6825
"""


@program(normalize="softmax", fallback="first", head="L20H1", label="mixed")
def L20H1(q, k):
    """Token sinks: sink ' of'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.4, -0.439, -0.147, -0.0942, 0.2, 0.137, 0.0613, 0.0879, -0.000202, 0.965, -0.614, -0.522, 1.22)
    first_by_class = table(word_class(q), -0.15, 0.471, -0.295, -0.263, -0.497, 0.467, 0.405, 0.292, 0.937, 2.5, -0.00161, 0.109, 2.15)
    self_by_class = table(word_class(q), -0.999, -0.811, -1.16, -0.811, -1.19, -0.622, -0.291, -0.0736, -0.64, 0.25, -0.779, -0.73, -0.406)
    prev_by_class = table(word_class(q), 0.00279, -0.192, 0.335, 0.527, -0.311, 0.202, 0.0745, 0.275, 0.0943, -0.524, -0.252, 0.426, -0.378)
    return 4.02 * (k == 0) + -1.7 * (k == sentence_start(q)) + -0.208 * (prev_token(k) == token(q)) + 1.55 * (k >= sentence_start(q)) + -0.614 * is_digit(k) + 0.178 * (count(k) == 1) + 1.46 * decay(q - k, 3.0) + 1.93 * decay(q - k, 10.0) + 0.42 * (k == 0 and is_word_start(q)) + 0.0588 * (k == prev_occurrence(q) + 1) + 0.336 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + -0.463 * (token(k) == 282)
