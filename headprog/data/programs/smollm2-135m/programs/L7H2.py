"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L7H2
label: token sink
source: offline search (seed 0), fitted for L7H2
scores: synthesis_iou=0.8236 heldout_iou=0.6983 heldout_js=0.2503 n_heldout=32 heldout_iou_passage=0.5749 heldout_iou_sentence=0.8217
"""


@program(normalize="weights", fallback="first", head="L7H2", label="token sink")
def L7H2(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0495, 0.0223, 0.134, 0.0871, 0.139, 0.214, 0.733, 0.176, 0.179, 1.51, 0.0362, 0.0309, 1.84)
    first_by_class = table(word_class(q), 0.707, 3.82, 3.19, 3.76, 1.18, 5.11, 4.6, 4.64, 6.1, 5.41, 0.331, 2.22, 5.0)
    self_by_class = table(word_class(q), 0.11, 0.148, 4.46, 0.559, 0.233, 6.77, 0.358, 0.35, 0.408, 7.89, 0.204, 0.204, 5.2)
    prev_by_class = table(word_class(q), 0.146, 0.195, 0.894, 0.515, 0.169, 0.251, 0.284, 0.51, 0.218, 0.398, 0.224, 0.262, 5.53)
    return 0.0711 * (k == q) + 0.092 * (k == q - 2) + 84.6 * (k == 0) + 0.0491 * decay(q - k, 3.0) + 26.4 * ((k == 0) * decay(q, 32.0)) + 5.23 * (k == 0 and is_word_start(q)) + 0.159 * (k == prev_occurrence(q) + 1) + 0.0977 * (k == last(is_function_word, q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 106.0 * (token(k) == 260) + 101.0 * (token(k) == 260 and count(k) == 1) + 6.77 * (token(k) == 216) + 192.0 * (token(k) == 216 and count(k) == 1)
