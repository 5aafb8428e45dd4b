"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L3H3
label: token sink
source: offline search (seed 0), fitted for L3H3
scores: synthesis_iou=0.7887 heldout_iou=0.6774 heldout_js=0.2539 n_heldout=32 heldout_iou_passage=0.5782 heldout_iou_sentence=0.7767
"""


@program(normalize="weights", fallback="first", head="L3H3", label="token sink")
def L3H3(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0114, 0.0107, 0.224, 0.0723, 0.0427, 0.598, 0.48, 0.0951, 1.43, 6.22, 0.0249, 0.0152, 4.91)
    first_by_class = table(word_class(q), 0.662, 10.7, 0.499, 0.295, 5.29, 4.54, 0.42, 4.73, 5.42, 0.488, 0.483, 1.13, 0.361)
    self_by_class = table(word_class(q), 0.114, 0.117, 2.17, 1.22, 0.984, 16.1, 5.74, 0.321, 16.9, 44.1, 0.229, 0.258, 8.16)
    prev_by_class = table(word_class(q), 0.364, 0.179, 0.678, 0.409, 0.178, 0.499, 0.395, 3.35, 0.264, 0.204, 0.263, 0.331, 5.1)
    return 0.104 * (k == q - 2) + 46.2 * (k == 0) + 0.0171 * (k >= sentence_start(q)) + 0.0537 * decay(q - k, 3.0) + 0.0199 * decay(q - k, 10.0) + 0.16 * (k == 1) + 13.6 * ((k == 0) * decay(q, 32.0)) + 1.22 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 41.6 * (token(k) == 260) + 32.6 * (token(k) == 260 and count(k) == 1) + 3.84 * (token(k) == 216) + 74.4 * (token(k) == 216 and count(k) == 1)
