"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H2
label: first token
source: offline search (seed 0), fitted for L22H2
scores: synthesis_iou=0.6787 heldout_iou=0.6375 heldout_js=0.2789 n_heldout=32 heldout_iou_passage=0.5550 heldout_iou_sentence=0.7200
"""


@program(normalize="weights", fallback="first", head="L22H2", label="first token")
def L22H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.33, 1.15, 0.0888, 0.276, 0.059, 0.0989, 0.158, 0.434, 0.119, 3.01, 0.0313, 0.669, 0.104)
    first_by_class = table(word_class(q), 12.7, 9.42, 0.514, 0.754, 1.47, 0.279, 0.269, 0.274, 0.835, 0.288, 7.93, 7.2, 3.02)
    self_by_class = table(word_class(q), 1.07, 0.289, 2.32, 0.591, 0.871, 5.19, 4.62, 3.18, 3.77, 18.1, 0.206, 0.293, 0.328)
    prev_by_class = table(word_class(q), 0.186, 0.239, 2.42, 5.03, 0.472, 111.0, 5.54, 4.97, 11.4, 5.05, 0.201, 0.241, 0.585)
    return 0.485 * (k == q) + 0.276 * (k == q - 1) + 0.565 * (k == q - 2) + 195.0 * (k == 0) + 0.331 * (k == last(is_word_start, q)) + 0.384 * (k >= sentence_start(q)) + 0.331 * decay(q - k, 1.0) + 0.92 * decay(q - k, 3.0) + 1.39 * decay(q - k, 10.0) + 3.06 * ((k == 0) * decay(q, 32.0)) + 2.12 * (k == 0 and is_word_start(q)) + 2.34 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
