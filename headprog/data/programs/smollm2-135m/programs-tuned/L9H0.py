"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L9H0
label: previous token
source: offline search (seed 0), fitted for L9H0
scores: synthesis_iou=0.7073 heldout_iou=0.6265 heldout_js=0.3015 n_heldout=32 heldout_iou_passage=0.5245 heldout_iou_sentence=0.7285
"""


@program(normalize="weights", fallback="first", head="L9H0", label="previous token")
def L9H0(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0574, 0.0787, 0.0773, 0.0309, 0.042, 0.0474, 0.223, 0.0719, 0.0795, 0.449, 0.0331, 0.0621, 0.501)
    first_by_class = table(word_class(q), 7.51, 14.1, 1.11, 4.18, 5.93, 0.234, 2.65, 5.12, 0.32, 3.46, 0.379, 7.39, 5.01)
    self_by_class = table(word_class(q), 0.625, 0.494, 2.47, 0.376, 4.19, 1.27, 3.83, 0.26, 8.98, 0.93, 0.226, 0.491, 1.55)
    prev_by_class = table(word_class(q), 0.0636, 0.133, 1.35, 0.244, 17.2, 311.0, 14.7, 0.266, 409.0, 2.3, 0.133, 0.125, 0.416)
    return 0.0568 * (k == q - 1) + 0.468 * (k == q - 2) + 23.4 * (k == 0) + 0.0121 * (k >= sentence_start(q)) + 0.0714 * decay(q - k, 3.0) + 0.0116 * decay(q - k, 10.0) + 13.0 * ((k == 0) * decay(q, 32.0)) + 3.21 * (k == 0 and is_word_start(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 17.1 * (token(k) == 260) + 18.9 * (token(k) == 260 and count(k) == 1) + 1.87 * (token(k) == 216) + 34.7 * (token(k) == 216 and count(k) == 1)
