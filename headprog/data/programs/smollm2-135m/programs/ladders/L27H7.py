"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H7
label: explanation ladder
source: ladder of L27H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6253 rung2_heldout_iou=0.6712 rung5_heldout_iou=0.6820 full_heldout_iou=0.6879 uniform_heldout_iou=0.1346
"""


@program(normalize="weights", fallback="first", head="L27H7", label="1 term")
def L27H7_1(q, k):
    """Rung 1 of L27H7: first token (sink). Held-out IoU 0.625"""
    return 145.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L27H7", label="2 terms")
def L27H7_2(q, k):
    """Rung 2 of L27H7: first token (sink) + current token. Held-out IoU 0.671. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 17.5, 22.7, 4.11, 3.13, 3.85, 3.73, 6.42, 6.76, 0.866, 29.3, 1.05, 23.7, 0.88)
    return (k == q) * self_by_class + 167.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L27H7", label="5 terms")
def L27H7_5(q, k):
    """Rung 5 of L27H7: first token (sink) + current token + local window + first token (sink) + sentence start. Held-out IoU 0.682. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 16.1, 11.1, 3.83, 1.48, 3.01, 3.02, 6.26, 6.86, 0.412, 15.5, 0.581, 15.8, 0.696)
    return (k == q) * self_by_class + 132.0 * (k == 0) + 0.756 * (k >= sentence_start(q)) + 1.01 * decay(q - k, 3.0) + 79.7 * (k == 0 and is_word_start(q))
