"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L11H3
label: mixed
source: offline search (seed 0), fitted for L11H3
scores: synthesis_iou=0.5444 heldout_iou=0.5254 heldout_js=0.3322 n_heldout=32 heldout_iou_passage=0.5037 heldout_iou_sentence=0.5470
"""


@program(normalize="weights", fallback="first", head="L11H3", label="mixed")
def L11H3(q, k):
    """Token sinks: first ','; first '.'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.032, 0.0293, 1.15, 0.335, 0.0686, 0.839, 2.01, 0.113, 0.889, 2.42, 0.0391, 0.057, 5.23)
    first_by_class = table(word_class(q), 0.182, 0.365, 0.106, 0.189, 0.0884, 0.317, 0.164, 0.238, 0.696, 1.58, 0.282, 0.376, 0.752)
    self_by_class = table(word_class(q), 0.0811, 0.154, 11.6, 2.65, 4.27, 20.7, 11.7, 6.28, 14.4, 0.229, 3.33, 2.54, 0.345)
    prev_by_class = table(word_class(q), 0.746, 15.4, 12.2, 5.89, 0.619, 9.9, 0.185, 0.251, 5.12, 0.131, 28.0, 0.592, 0.259)
    return 1.02 * (k == q) + 4.0 * (k == q - 1) + 1.8 * (k == q - 2) + 1.58 * (k == last(is_punct, q)) + 0.269 * (k == last(is_word_start, q)) + 0.124 * (k >= sentence_start(q)) + 2.42 * is_sentence_end(k) + 0.965 * decay(q - k, 1.0) + 1.17 * decay(q - k, 3.0) + 0.544 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 4.23 * (token(k) == 28 and count(k) == 1) + 6.53 * (token(k) == 30 and count(k) == 1)
