"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H7
label: explanation ladder
source: ladder of L22H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6063 rung3_heldout_iou=0.6364 rung5_heldout_iou=0.6402 rung8_heldout_iou=0.6409 full_heldout_iou=0.6413 uniform_heldout_iou=0.1410
"""


@program(normalize="weights", fallback="first", head="L22H7", label="1 term")
def L22H7_1(q, k):
    """Rung 1 of L22H7: first token (sink). Held-out IoU 0.606"""
    return 10.6 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H7", label="3 terms")
def L22H7_3(q, k):
    """Rung 3 of L22H7: first token (sink) + first token (sink) + word-class preference. Held-out IoU 0.636. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.05, 3.17, 0.0623, 0.143, 0.131, 0.12, 0.183, 0.184, 0.113, 0.492, 0.0574, 1.38, 0.186)
    return key_class + 296.0 * (k == 0) + 14.9 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H7", label="5 terms")
def L22H7_5(q, k):
    """Rung 5 of L22H7: first token (sink) + first token (sink) + word-class preference + sentence start + previous token. Held-out IoU 0.640. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.969, 3.12, 0.0557, 0.121, 0.124, 0.0935, 0.14, 0.169, 0.104, 0.486, 0.0567, 1.35, 0.181)
    prev_by_class = table(word_class(q), 0.232, 0.336, 2.84, 0.954, 0.626, 30.0, 6.36, 4.98, 3.82, 2.94, 0.321, 0.403, 1.48)
    return key_class + (k == q - 1) * prev_by_class + 300.0 * (k == 0) + 0.648 * (k >= sentence_start(q)) + 15.2 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H7", label="8 terms")
def L22H7_8(q, k):
    """Rung 8 of L22H7: first token (sink) + first token (sink) + word-class preference + sentence start + previous token + induction + current token + local window. Held-out IoU 0.641. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.961, 3.12, 0.0557, 0.121, 0.124, 0.0936, 0.14, 0.169, 0.104, 0.487, 0.0567, 1.35, 0.18)
    prev_by_class = table(word_class(q), 0.232, 0.336, 2.86, 0.951, 0.629, 30.1, 6.38, 4.98, 3.68, 3.02, 0.321, 0.403, 1.48)
    return key_class + (k == q - 1) * prev_by_class + 0.29 * (k == q) + 306.0 * (k == 0) + 0.643 * (k >= sentence_start(q)) + 0.0479 * decay(q - k, 1.0) + 15.2 * (k == 0 and is_word_start(q)) + 3.23 * (k == prev_occurrence(q) + 1)
