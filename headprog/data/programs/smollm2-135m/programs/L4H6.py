"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H6
label: token sink
source: offline search (seed 0), fitted for L4H6
scores: synthesis_iou=0.5733 heldout_iou=0.5001 heldout_js=0.3858 n_heldout=32 heldout_iou_passage=0.3986 heldout_iou_sentence=0.6016
"""


@program(normalize="weights", fallback="first", head="L4H6", label="token sink")
def L4H6(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.03, 0.013, 0.0862, 0.0519, 0.0798, 0.043, 0.557, 0.109, 0.0664, 0.311, 0.0317, 0.0279, 0.27)
    first_by_class = table(word_class(q), 12.5, 26.3, 0.854, 2.53, 2.92, 0.202, 1.64, 3.61, 0.196, 1.96, 0.294, 8.22, 5.27)
    self_by_class = table(word_class(q), 0.172, 0.1, 13.0, 6.02, 3.02, 4.75, 5.85, 0.47, 4.13, 5.58, 0.366, 0.177, 0.379)
    prev_by_class = table(word_class(q), 0.469, 0.143, 16.2, 9.39, 17.0, 16.1, 5.78, 6.06, 4.58, 0.304, 4.96, 0.434, 0.519)
    return 0.156 * (k == q) + 8.54 * (k == 0) + 1.03 * (k >= sentence_start(q)) + 0.0881 * (k == 1) + 34.2 * ((k == 0) * decay(q, 32.0)) + 3.8 * (k == 0 and is_word_start(q)) + 1.73 * (k == prev_occurrence(q) + 1) + 0.0106 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 31.6 * (token(k) == 260) + 40.0 * (token(k) == 260 and count(k) == 1) + 9.97 * (token(k) == 216) + 46.9 * (token(k) == 216 and count(k) == 1)
