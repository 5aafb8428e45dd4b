"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H5
label: first token
source: offline search (seed 0), fitted for L21H5
scores: synthesis_iou=0.7318 heldout_iou=0.6785 heldout_js=0.2438 n_heldout=32 heldout_iou_passage=0.5971 heldout_iou_sentence=0.7598
"""


@program(normalize="weights", fallback="first", head="L21H5", label="first token")
def L21H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.38, 0.834, 0.0855, 0.115, 0.0867, 0.373, 0.0541, 0.224, 0.218, 0.878, 0.0612, 1.07, 0.353)
    first_by_class = table(word_class(q), 14.1, 8.7, 0.625, 0.536, 0.759, 0.415, 0.509, 0.585, 0.842, 0.25, 3.65, 5.58, 4.88)
    self_by_class = table(word_class(q), 2.51, 0.943, 0.995, 1.9, 0.604, 4.24, 0.509, 0.478, 2.86, 6.32, 2.18, 4.63, 0.482)
    prev_by_class = table(word_class(q), 0.2, 0.248, 1.12, 1.92, 0.898, 6.65, 4.45, 1.11, 5.21, 4.42, 0.969, 0.277, 0.275)
    return 3.71 * (k == q) + 0.259 * (k == q - 1) + 0.435 * (k == q - 2) + 157.0 * (k == 0) + 0.745 * (k >= sentence_start(q)) + 0.889 * decay(q - k, 1.0) + 0.908 * decay(q - k, 3.0) + 2.46 * decay(q - k, 10.0) + 3.34 * ((k == 0) * decay(q, 32.0)) + 8.37 * (k == 0 and is_word_start(q)) + 6.55 * (k == prev_occurrence(q) + 1) + 0.0809 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class
