"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H0
label: previous token
source: offline search (seed 0), fitted for L1H0
scores: synthesis_iou=0.6096 heldout_iou=0.6185 heldout_js=0.2729 n_heldout=32 heldout_iou_passage=0.5763 heldout_iou_sentence=0.6607
"""


@program(normalize="weights", fallback="first", head="L1H0", label="previous token")
def L1H0(q, k):
    """Token sinks: first ','; sink ' of'; sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0374, 0.014, 0.213, 0.043, 0.0306, 0.102, 0.11, 0.0952, 0.572, 2.82, 0.0287, 0.0183, 0.116)
    first_by_class = table(word_class(q), 0.363, 0.248, 0.292, 0.271, 0.396, 0.197, 0.217, 0.273, 0.196, 0.228, 0.252, 0.732, 0.24)
    self_by_class = table(word_class(q), 16.9, 0.205, 0.174, 3.64, 3.33, 2.6, 7.32, 1.01, 3.79, 5.57, 0.478, 5.09, 1.01)
    prev_by_class = table(word_class(q), 16.0, 1410.0, 0.82, 5.62, 0.413, 0.219, 0.594, 5.92, 0.134, 0.14, 457.0, 20.4, 5.45)
    return 0.47 * (k == q - 1) + 5.57 * (k == last(is_punct, q)) + 2.82 * is_sentence_end(k) + 6.71 * decay(q - k, 1.0) + 0.328 * decay(q - k, 3.0) + 0.096 * decay(q - k, 10.0) + 2.78 * (k == last(is_function_word, q)) + 0.38 * (k == q - 1 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 2.38 * (token(k) == 28) + 5.0 * (token(k) == 28 and count(k) == 1) + 2.24 * (token(k) == 30) + 0.725 * (token(k) == 282)
