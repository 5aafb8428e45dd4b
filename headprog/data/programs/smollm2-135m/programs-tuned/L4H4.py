"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H4
label: token sink
source: offline search (seed 0), fitted for L4H4
scores: synthesis_iou=0.7618 heldout_iou=0.6816 heldout_js=0.2662 n_heldout=32 heldout_iou_passage=0.5423 heldout_iou_sentence=0.8209
"""


@program(normalize="weights", fallback="first", head="L4H4", label="token sink")
def L4H4(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.00923, 0.0144, 0.0161, 0.031, 0.0488, 0.0437, 0.0999, 0.099, 0.0595, 0.204, 0.834, 0.0464, 0.196)
    first_by_class = table(word_class(q), 0.981, 5.91, 0.412, 2.67, 0.968, 4.92, 3.83, 5.09, 0.814, 1.78, 0.307, 4.81, 2.43)
    self_by_class = table(word_class(q), 0.111, 0.146, 0.445, 0.335, 0.349, 1.27, 0.275, 0.295, 0.509, 2.53, 3.94, 0.561, 7.23)
    prev_by_class = table(word_class(q), 0.59, 0.328, 1.21, 0.578, 0.307, 0.516, 0.224, 1.86, 0.187, 0.197, 98.8, 3.65, 5.61)
    return 0.0849 * (k == q) + 88.5 * (k == 0) + 0.0849 * (k >= sentence_start(q)) + 0.43 * (k == 1) + 40.2 * ((k == 0) * decay(q, 32.0)) + 9.7 * (k == 0 and is_word_start(q)) + 0.112 * (k == prev_occurrence(q) + 1) + 0.0164 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 126.0 * (token(k) == 260) + 148.0 * (token(k) == 260 and count(k) == 1) + 57.2 * (token(k) == 216) + 155.0 * (token(k) == 216 and count(k) == 1)
