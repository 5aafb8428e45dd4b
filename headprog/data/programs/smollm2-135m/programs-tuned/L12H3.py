"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H3
label: first token
source: offline search (seed 0), fitted for L12H3
scores: synthesis_iou=0.5291 heldout_iou=0.5149 heldout_js=0.3341 n_heldout=32 heldout_iou_passage=0.4872 heldout_iou_sentence=0.5426
"""


@program(normalize="weights", fallback="first", head="L12H3", label="first token")
def L12H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0549, 0.0304, 0.0563, 0.0547, 0.0337, 0.0391, 0.393, 0.209, 0.0558, 0.093, 0.0248, 0.0436, 0.0919)
    first_by_class = table(word_class(q), 14.3, 2.55, 0.339, 5.4, 0.255, 0.292, 0.263, 0.288, 0.317, 0.266, 6.44, 8.35, 5.25)
    self_by_class = table(word_class(q), 9.51, 0.461, 0.687, 0.768, 0.345, 3.45, 5.88, 4.92, 0.618, 0.272, 0.236, 6.81, 0.278)
    prev_by_class = table(word_class(q), 0.327, 8.77, 7.07, 0.27, 8.79, 3.72, 4.72, 4.55, 0.249, 0.235, 0.245, 0.252, 0.275)
    return 4.61 * (k == q) + 19.6 * (k == q - 1) + 14.4 * (k == q - 2) + 54.4 * (k == 0) + 0.17 * (k == last(is_punct, q)) + 15.6 * (k == last(is_word_start, q)) + 1.15 * (k >= sentence_start(q)) + 13.1 * decay(q - k, 3.0) + 0.103 * decay(q - k, 10.0) + 0.709 * ((k == 0) * decay(q, 32.0)) + 34.1 * (k == 0 and is_word_start(q)) + 0.527 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
