"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H0
label: first token
source: offline search (seed 0), fitted for L17H0
scores: synthesis_iou=0.6231 heldout_iou=0.5811 heldout_js=0.3203 n_heldout=32 heldout_iou_passage=0.4978 heldout_iou_sentence=0.6644
"""


@program(normalize="weights", fallback="first", head="L17H0", label="first token")
def L17H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.197, 1.47, 0.147, 0.157, 0.154, 0.107, 0.122, 0.215, 0.078, 1.02, 0.0371, 0.241, 0.798)
    first_by_class = table(word_class(q), 4.16, 4.75, 0.244, 0.267, 0.412, 1.01, 0.266, 0.549, 4.66, 0.566, 5.61, 4.32, 3.02)
    self_by_class = table(word_class(q), 28.1, 4.95, 5.21, 5.22, 5.63, 5.28, 6.84, 2.62, 0.723, 6.91, 1.97, 7.58, 5.6)
    prev_by_class = table(word_class(q), 0.243, 0.28, 6.92, 4.97, 6.1, 5.76, 7.48, 2.32, 0.608, 0.308, 0.31, 0.383, 0.314)
    return 0.709 * (k == q - 1) + 0.385 * (k == q - 2) + 210.0 * (k == 0) + 0.324 * (prev_token(k) == token(q)) + 0.355 * (k >= sentence_start(q)) + 1.32 * decay(q - k, 3.0) + 4.36 * decay(q - k, 10.0) + 1.05 * ((k == 0) * decay(q, 32.0)) + 1.34 * (k == 0 and is_word_start(q)) + 2.27 * (k == prev_occurrence(q) + 1) + 0.184 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.21 * (k == 0 and is_function_word(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
