"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H1
label: explanation ladder
source: ladder of L17H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4144 rung3_heldout_iou=0.6845 rung5_heldout_iou=0.6866 rung8_heldout_iou=0.6911 full_heldout_iou=0.6988 uniform_heldout_iou=0.2826
"""


@program(normalize="weights", fallback="first", head="L17H1", label="1 term")
def L17H1_1(q, k):
    """Rung 1 of L17H1: first token (sink). Held-out IoU 0.414"""
    return 0.279 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L17H1", label="3 terms")
def L17H1_3(q, k):
    """Rung 3 of L17H1: first token (sink) + first token (sink) + local window. Held-out IoU 0.684"""
    return 79.4 * (k == 0) + 5.33 * decay(q - k, 10.0) + 0.253 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L17H1", label="5 terms")
def L17H1_5(q, k):
    """Rung 5 of L17H1: first token (sink) + first token (sink) + local window + first token (sink) + local window. Held-out IoU 0.687. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.17, 19.4, 0.651, 3.51, 1.35, 14.1, 0.442, 9.82, 18.9, 0.365, 17.7, 16.4, 0.369)
    return (k == 0) * first_by_class + 1.53 * (k == q - 2) + 81.0 * (k == 0) + 5.18 * decay(q - k, 10.0) + 0.322 * (k == 0 and is_function_word(q))


@program(normalize="weights", fallback="first", head="L17H1", label="8 terms")
def L17H1_8(q, k):
    """Rung 8 of L17H1: first token (sink) + first token (sink) + local window + first token (sink) + local window + word-class preference + previous token + first token (sink). Held-out IoU 0.691. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 1.06, 19.5, 0.574, 3.39, 1.27, 14.0, 0.381, 9.36, 18.9, 0.365, 17.7, 16.4, 0.369)
    return (k == 0) * first_by_class + 0.401 * (k == q - 1) + 1.64 * (k == q - 2) + 77.4 * (k == 0) + 5.16 * decay(q - k, 10.0) + 2.46 * (k == 0 and is_word_start(q)) + 0.147 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.293 * (k == 0 and is_function_word(q))
