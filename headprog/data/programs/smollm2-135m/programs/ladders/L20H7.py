"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H7
label: explanation ladder
source: ladder of L20H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7656 rung2_heldout_iou=0.7766 rung3_heldout_iou=0.7783 rung5_heldout_iou=0.7802 rung8_heldout_iou=0.7811 full_heldout_iou=0.7811 uniform_heldout_iou=0.0971
"""


@program(normalize="weights", fallback="first", head="L20H7", label="1 term")
def L20H7_1(q, k):
    """Rung 1 of L20H7: first token (sink). Held-out IoU 0.766"""
    return 474.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H7", label="2 terms")
def L20H7_2(q, k):
    """Rung 2 of L20H7: first token (sink) + sentence start. Held-out IoU 0.777"""
    return 431.0 * (k == 0) + 0.958 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L20H7", label="3 terms")
def L20H7_3(q, k):
    """Rung 3 of L20H7: first token (sink) + sentence start + induction. Held-out IoU 0.778"""
    return 439.0 * (k == 0) + 4.52 * (prev_token(k) == token(q)) + 0.893 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L20H7", label="5 terms")
def L20H7_5(q, k):
    """Rung 5 of L20H7: first token (sink) + sentence start + induction + current token + first token (sink). Held-out IoU 0.780. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.398, 0.506, 0.334, 0.45, 0.65, 26.8, 1.37, 5.4, 4.3, 2.95, 0.389, 0.563, 0.639)
    return (k == q) * self_by_class + 493.0 * (k == 0) + 4.63 * (prev_token(k) == token(q)) + 0.825 * (k >= sentence_start(q)) + 161.0 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L20H7", label="8 terms")
def L20H7_8(q, k):
    """Rung 8 of L20H7: first token (sink) + sentence start + induction + current token + first token (sink) + punctuation + local window + first token (sink). Held-out IoU 0.781. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.349, 0.484, 0.334, 0.445, 0.547, 26.8, 1.34, 5.4, 3.88, 2.33, 0.389, 0.504, 0.497)
    return (k == q) * self_by_class + 474.0 * (k == 0) + 4.55 * (prev_token(k) == token(q)) + 0.779 * (k >= sentence_start(q)) + 0.259 * is_sentence_end(k) + 0.127 * decay(q - k, 10.0) + 21.3 * ((k == 0) * decay(q, 32.0)) + 161.0 * (k == 0 and is_word_start(q))
