"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L6H7
label: mixed
source: offline search (seed 0), fitted for L6H7
scores: synthesis_iou=0.6622 heldout_iou=0.5931 heldout_js=0.3034 n_heldout=32 heldout_iou_passage=0.5164 heldout_iou_sentence=0.6697
"""


@program(normalize="weights", fallback="first", head="L6H7", label="mixed")
def L6H7(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.119, 0.0679, 0.0604, 0.0388, 0.0511, 0.0305, 0.31, 0.102, 0.0351, 0.184, 0.0541, 0.0445, 0.0743)
    first_by_class = table(word_class(q), 0.305, 4.33, 0.732, 3.72, 2.09, 5.1, 2.59, 5.38, 5.73, 3.28, 0.252, 5.15, 0.582)
    self_by_class = table(word_class(q), 6.86, 15.2, 2.5, 0.277, 1.35, 0.197, 0.324, 0.249, 0.166, 0.158, 0.768, 4.14, 0.298)
    prev_by_class = table(word_class(q), 4.9, 39.7, 0.388, 0.511, 10.5, 0.218, 0.319, 0.269, 0.183, 0.156, 10.9, 1.79, 0.302)
    return 0.126 * (k == q) + 0.782 * (k == q - 1) + 1.83 * (k == q - 2) + 22.2 * (k == 0) + 3.2 * decay(q - k, 3.0) + 26.1 * ((k == 0) * decay(q, 32.0)) + 2.27 * (k == 0 and is_word_start(q)) + 0.128 * (k == prev_occurrence(q) + 1) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 19.7 * (token(k) == 260) + 23.0 * (token(k) == 260 and count(k) == 1) + 3.35 * (token(k) == 216) + 37.3 * (token(k) == 216 and count(k) == 1)
