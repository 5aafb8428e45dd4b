"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H6
label: mixed
source: offline search (seed 0), fitted for L0H6
scores: synthesis_iou=0.6937 heldout_iou=0.6473 heldout_js=0.2410 n_heldout=32 heldout_iou_passage=0.6442 heldout_iou_sentence=0.6504
"""


@program(normalize="weights", fallback="first", head="L0H6", label="mixed")
def L0H6(q, k):
    """Token sinks: sink ' '; sink ' of'; sink ' the'; sink ','; sink '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.82, 1.41, 0.614, 0.662, 2.27, 2.89, 3.61, 0.87, 1.36, 3.71, 2.02, 1.27, 12.3)
    first_by_class = table(word_class(q), 0.101, 1.53, 0.846, 0.255, 0.25, 1.41, 0.198, 0.253, 0.466, 0.302, 0.778, 0.387, 0.249)
    self_by_class = table(word_class(q), 0.0915, 0.215, 4.32, 1.12, 0.278, 0.251, 5.32, 1.63, 4.68, 19.0, 0.694, 0.111, 6.71)
    prev_by_class = table(word_class(q), 0.108, 0.694, 0.281, 0.25, 0.133, 0.196, 0.126, 3.82, 0.145, 0.173, 0.257, 0.3, 0.253)
    return 0.0392 * (k == q - 1) + 3.51 * (k == last(is_punct, q)) + 4.89 * is_punct(k) + 0.0394 * decay(q - k, 1.0) + 0.0275 * decay(q - k, 3.0) + 0.0308 * decay(q - k, 10.0) + 4.37 * is_function_word(k) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.27 * (token(k) == 28) + 0.8 * (token(k) == 260) + 0.687 * (token(k) == 30) + 6.96 * (token(k) == 282) + 4.7 * (token(k) == 216)
