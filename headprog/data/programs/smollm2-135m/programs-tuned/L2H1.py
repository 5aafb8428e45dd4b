"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H1
label: mixed
source: offline search (seed 0), fitted for L2H1
scores: synthesis_iou=0.6983 heldout_iou=0.6825 heldout_js=0.2338 n_heldout=32 heldout_iou_passage=0.6562 heldout_iou_sentence=0.7088
"""


@program(normalize="softmax", fallback="first", head="L2H1", label="mixed")
def L2H1(q, k):
    """Token sinks: first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), -0.0958, -0.634, -0.555, 0.0204, 0.0471, 0.417, 0.563, -0.415, -0.0529, 0.543, -0.648, 0.183, 0.747)
    first_by_class = table(word_class(q), 0.233, -0.00612, -0.221, -0.182, 0.186, -0.255, 0.229, -0.0688, -0.246, -0.0832, 0.322, 0.309, 0.391)
    self_by_class = table(word_class(q), -1.16, -0.762, 0.0826, -0.953, -1.38, -1.53, -1.24, -0.855, -1.31, -1.59, -3.42, -1.23, -1.02)
    prev_by_class = table(word_class(q), 1.24, 0.881, 1.72, 1.43, 1.08, 1.36, 1.56, 0.869, 1.03, 0.543, -1.26, 1.52, 1.18)
    return 0.356 * (k == 0) + 0.277 * (k >= sentence_start(q)) + 0.485 * is_punct(k) + 4.83 * decay(q - k, 3.0) + 3.27 * decay(q - k, 10.0) + 1.62 * decay(q - k, 30.0) + 0.33 * (k == 1) + -0.02 * is_function_word(k) + 0.235 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.0306 * (token(k) == 28 and count(k) == 1) + 1.15 * (token(k) == 260) + 0.465 * (token(k) == 216)
